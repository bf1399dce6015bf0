// The built Worker (dist/index.js from `wrangler deploy --dry-run --outdir dist`) on Miniflare's own API,
// with its static assets, rate limiter, Cache API and — for the D1 store — a local D1, migrated and seeded.
// Used by the HTTP benchmarks and the widget's browser tests; `npm start` keeps `wrangler dev`.
// `scriptPath` serves another Worker in the same way (bench/run.ts's trivial baseline Worker).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { LIMITS, type RateLimit } from "../src/limits.ts";

const { checks, lookups } = LIMITS.rates;

/** The local D1 binding as Node sees it through Miniflare. */
export type LocalD1 = Awaited<ReturnType<Miniflare["getD1Database"]>>;

export const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const builtScript = join(apiDir, "dist", "index.js");
const assets = join(apiDir, "..", "widget", "dist");

export interface LocalServerOptions {
  /** "d1" binds FACTS_DB to a local D1 with the migrations applied; default "embedded". */
  readonly store?: "embedded" | "d1";
  /** Fills the D1 before the server is used (e.g. publishes a dataset); runs after the migrations. */
  readonly seed?: (db: LocalD1) => Promise<void>;
  /** Where the local D1 keeps its file; default in memory. */
  readonly d1Persist?: string;
  /** Both budgets (new checks, new searches) per client per minute; benchmarks raise them. Default: LIMITS. */
  readonly rateLimit?: number;
  /** Default: a free port. */
  readonly port?: number;
  /**
   * Another Worker to serve instead of dist/index.js, with the same bindings and routing (benchmark
   * baselines). One ES module with no imports, served as written: TypeScript only if it has no types.
   */
  readonly scriptPath?: string;
}

export interface LocalServer {
  readonly origin: string;
  readonly db?: LocalD1;
  stop(): Promise<void>;
}

/** Statements of each migration file in order, as `wrangler d1 migrations apply` would run them. */
function migrationStatements(): string[] {
  const dir = join(apiDir, "migrations");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), "utf8")
        .replace(/--.*$/gm, "")
        .split(";")
        .map((statement) => statement.trim())
        .filter(Boolean),
    );
}

async function waitForHealth(origin: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the Worker did not answer ${origin}/healthz within ${timeoutMs} ms: ${last}`);
}

/** A binding's own limit counts blocks: the budget (LIMITS' or a bench's raised one) over the block. */
function limiterOf(rate: RateLimit, budget: number | undefined): { limit: number; period: RateLimit["periodSeconds"] } {
  return { limit: Math.ceil((budget ?? rate.limit) / rate.block), period: rate.periodSeconds };
}

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const script = options.scriptPath ?? builtScript;
  if (!existsSync(script)) {
    throw new Error(
      options.scriptPath
        ? `${script} is missing.`
        : `${script} is missing: run \`pnpm --filter @factline/api build\` first.`,
    );
  }
  const d1 = options.store === "d1";
  // Miniflare 5 takes a new options shape; the classic one (as in Miniflare's docs) converts to it.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      scriptPath: script,
      // Module names are relative to this root; the default (the cwd) breaks when called from another package.
      modulesRoot: dirname(script),
      // The Worker's own output, less its one line per request (src/request-log.ts), which would drown a bench.
      handleStructuredLogs: ({ level, message }: { level: string; message: string }) => {
        if (message.startsWith('{"msg":"request"')) return;
        (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${message}\n`);
      },
      modules: true,
      compatibilityDate: "2026-10-01",
      host: "127.0.0.1",
      port: options.port ?? 0,
      assets: {
        directory: assets,
        binding: "ASSETS",
        routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
      },
      ratelimits: {
        CHECK_LIMITER: { namespace_id: "1001", simple: limiterOf(checks, options.rateLimit) },
        LOOKUP_LIMITER: { namespace_id: "1002", simple: limiterOf(lookups, options.rateLimit) },
      },
      ...(d1 ? { d1Databases: { FACTS_DB: "factline-facts" }, d1Persist: options.d1Persist ?? false } : {}),
    }),
  );
  try {
    const url = await mf.ready;
    const origin = url.origin;
    const db = d1 ? await mf.getD1Database("FACTS_DB") : undefined;
    if (db) {
      const applied = await db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'current_version'")
        .first();
      if (!applied) await db.batch(migrationStatements().map((statement) => db.prepare(statement)));
      await options.seed?.(db);
    }
    await waitForHealth(origin, 30_000);
    return { origin, ...(db ? { db } : {}), stop: () => mf.dispose() };
  } catch (error) {
    await mf.dispose();
    throw error;
  }
}
