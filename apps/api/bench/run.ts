// API benchmarks. Figures go into BENCHMARKS.md; every figure is a ratio to a baseline measured in the
// same run, so a slow or busy machine moves both alike.
//  (a) in-process: app.fetch on Node against a trivial Hono handler (Workers' Cache API stood in by a Map);
//  (b) over HTTP: the built Worker on Miniflare (scripts/local-server.ts) against a trivial Worker served
//      by the same helper, with the same bindings and routing.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Hono } from "hono";
import { apiDir, startLocalServer } from "../scripts/local-server.ts";

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

/** Requests per second with `concurrency` requests in flight, over loopback, bounded in time. */
async function httpRate(url: string, concurrency = 16, millis = 4000): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}, not 200`);
  }
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

// The limiter is raised as in the other HTTP benches; cached checks and fact lookups do not spend it.
const trivialWorker = await startLocalServer({
  scriptPath: join(apiDir, "bench", "trivial-worker.ts"),
  rateLimit: 10_000_000,
});
const factline = await startLocalServer({ rateLimit: 10_000_000 }).catch(async (error: unknown) => {
  await trivialWorker.stop();
  throw error;
});
try {
  // Each route is measured right after its own baseline, three times; the median ratio is reported.
  const routes: [string, string][] = [
    ["GET /v1/facts/{id}", `${factline.origin}/v1/facts/cn-internet-users-2024-12`],
    ["GET /v1/check (cached)", `${factline.origin}/v1/check?claim=${CLAIM}`],
  ];
  console.log(
    "(b) over HTTP on Miniflare (workerd; the built Worker via scripts/local-server.ts), 16 requests in flight, loopback; median of 3 paired runs",
  );
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
  await Promise.all([trivialWorker.stop(), factline.stop()]);
}
