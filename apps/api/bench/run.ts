// API benchmarks. Figures go into BENCHMARKS.md; every figure is a ratio to a baseline measured in the
// same run, so a slow or busy machine moves both alike.
//  (a) in-process: app.fetch on Node against a trivial Hono handler (Workers' Cache API stood in by a Map);
//  (b) over HTTP: the built Worker under `wrangler dev` against a trivial Worker under the same wrangler.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";

const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLAIM = encodeURIComponent("China's internet users topped 1.1 billion at the end of 2024.");

/** Enough of the Workers Cache API for the app to run on Node: an in-memory map of responses. */
class MemoryCache {
  private readonly entries = new Map<string, { body: string; headers: [string, string][] }>();
  async match(request: Request) {
    const entry = this.entries.get(request.url);
    return entry ? new Response(entry.body, { headers: entry.headers }) : undefined;
  }
  async put(request: Request, response: Response) {
    this.entries.set(request.url, { body: await response.text(), headers: [...response.headers] });
  }
}
(globalThis as unknown as { caches: { default: MemoryCache } }).caches = { default: new MemoryCache() };

const { newApp } = await import("../src/app.ts");
const app = newApp();
const env = {
  CHECK_LIMITER: { limit: async () => ({ success: true }) },
  LOOKUP_LIMITER: { limit: async () => ({ success: true }) },
  ASSETS: { fetch: async () => new Response(null, { status: 404 }) },
};
const ctx = {
  waitUntil: (promise: Promise<unknown>) => void promise.catch(() => {}),
  passThroughOnException: () => {},
  props: {},
};
const trivial = new Hono().get("*", (c) => c.json({ ok: true }));

async function inProcessRate(
  fetcher: (request: Request) => Promise<Response> | Response,
  path: string,
  millis = 1500,
): Promise<number> {
  const url = `https://facts.example.org${path}`;
  for (let i = 0; i < 200; i++) await (await fetcher(new Request(url))).text();
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < millis) {
    await (await fetcher(new Request(url))).text();
    count++;
  }
  return count / ((performance.now() - start) / 1000);
}

const appFetch = (request: Request) => app.fetch(request, env, ctx as never);
const baseline = await inProcessRate((request) => trivial.fetch(request), "/");
const lookup = await inProcessRate(appFetch, "/v1/facts/cn-internet-users-2024-12");
const cachedCheck = await inProcessRate(appFetch, `/v1/check?claim=${CLAIM}`);
let uncachedCount = 0;
const uncachedStart = performance.now();
while (performance.now() - uncachedStart < 1500) {
  await (
    await appFetch(new Request(`https://facts.example.org/v1/check?claim=${CLAIM}%20n${uncachedCount++}x`))
  ).text();
}
const uncachedMillis = (performance.now() - uncachedStart) / uncachedCount;

console.log(`(a) in-process app.fetch on Node ${process.version}`);
console.log("| route | requests/s | ratio to trivial handler |");
console.log("| --- | ---: | ---: |");
console.log(`| trivial Hono handler | ${Math.round(baseline).toLocaleString("en")} | 1.00 |`);
console.log(`| GET /v1/facts/{id} | ${Math.round(lookup).toLocaleString("en")} | ${(lookup / baseline).toFixed(2)} |`);
console.log(
  `| GET /v1/check (cached) | ${Math.round(cachedCheck).toLocaleString("en")} | ${(cachedCheck / baseline).toFixed(2)} |`,
);
console.log(`uncached check, whole request: ${uncachedMillis.toFixed(3)} ms (target CPU ≤ 1 ms)\n`);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

async function startWrangler(config: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    join(apiDir, "node_modules", ".bin", "wrangler"),
    ["dev", "-c", config, "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error"],
    {
      cwd: apiDir,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true" },
      stdio: "ignore",
      detached: true,
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      await fetch(origin);
      return { origin, stop: () => child.pid && process.kill(-child.pid, "SIGTERM") };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`wrangler dev -c ${config} did not start`);
}

/** Requests per second with `concurrency` requests in flight, over loopback, bounded in time. */
async function httpRate(url: string, concurrency = 16, millis = 4000): Promise<number> {
  for (let i = 0; i < 100; i++) await (await fetch(url)).arrayBuffer();
  let count = 0;
  const deadline = performance.now() + millis;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await (await fetch(url)).arrayBuffer();
        count++;
      }
    }),
  );
  return count / ((performance.now() - start) / 1000);
}

const trivialWorker = await startWrangler("bench/trivial.wrangler.jsonc");
const factline = await startWrangler("wrangler.jsonc");
try {
  // Each route is measured right after its own baseline, three times; the median ratio is reported.
  const routes: [string, string][] = [
    ["GET /v1/facts/{id}", `${factline.origin}/v1/facts/cn-internet-users-2024-12`],
    ["GET /v1/check (cached)", `${factline.origin}/v1/check?claim=${CLAIM}`],
  ];
  console.log("(b) over HTTP against wrangler dev (workerd), 16 requests in flight, loopback; median of 3 paired runs");
  console.log("| route | requests/s | trivial Worker requests/s | ratio |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [route, url] of routes) {
    const runs: { rate: number; base: number }[] = [];
    for (let round = 0; round < 3; round++) {
      const base = await httpRate(`${trivialWorker.origin}/`, 16, 3000);
      runs.push({ rate: await httpRate(url, 16, 3000), base });
    }
    runs.sort((a, b) => a.rate / a.base - b.rate / b.base);
    const median = runs[1] as { rate: number; base: number };
    const ratios = runs.map((run) => (run.rate / run.base).toFixed(2)).join(", ");
    console.log(
      `| ${route} | ${Math.round(median.rate).toLocaleString("en")} | ${Math.round(median.base).toLocaleString("en")} | ${(median.rate / median.base).toFixed(2)} (runs: ${ratios}) |`,
    );
  }
} finally {
  trivialWorker.stop();
  factline.stop();
}
