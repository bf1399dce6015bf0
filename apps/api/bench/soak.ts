// Load and soak: the app in-process on Node under a long stream of new (uncached) answers, large
// ones included, with the heap measured after a forced GC at each round. The Workers Cache API is
// outside the isolate, so it is stood in by a cache that holds nothing: what grows here is the isolate.
// Fails (exit 1) when the heap has not levelled off: the second half may grow at most 3%.
import { performance } from "node:perf_hooks";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

(globalThis as unknown as { caches: unknown }).caches = {
  default: { match: async () => undefined, put: async () => undefined },
};
const { newApp } = await import("../src/app.ts");
const { AnswerMemory } = await import("../src/answer-memory.ts");
const { LIMITS } = await import("../src/limits.ts");

const memory = new AnswerMemory();
const app = newApp({ memory });
const allow = { limit: async () => ({ success: true }) };
const env = {
  CHECK_LIMITER: allow,
  LOOKUP_LIMITER: allow,
  ASSETS: { fetch: async () => new Response(null, { status: 404 }) },
};
const ctx = {
  waitUntil: (promise: Promise<unknown>) => void promise.catch(() => {}),
  passThroughOnException: () => {},
  props: {},
};

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 12);
const PER_ROUND = Number(process.env.SOAK_REQUESTS ?? 1500);
let sequence = 0;

function nextRequest(): Request {
  const n = ++sequence;
  const base = "https://facts.example.org";
  switch (n % 5) {
    case 0:
      return new Request(`${base}/v1/search?q=users+${n}&limit=${LIMITS.searchResults}`);
    case 1:
      return new Request(`${base}/v1/search?q=internet+${n}&limit=5`);
    case 2:
      return new Request(`${base}/v1/facts/cn-internet-user-${n}`);
    case 3:
      return new Request(`${base}/v1/check`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ claims: [`China has 974 million internet users ${n}`, `我国网民规模达11.08亿人 ${n}`] }),
      });
    default:
      return new Request(
        `${base}/v1/check?claim=${encodeURIComponent(`Online retail sales grew 7.2 percent in 2024 (${n})`)}`,
      );
  }
}

const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const before = heap();
const samples: number[] = [];
const started = performance.now();
let failures = 0;
console.log(`soak: ${ROUNDS} rounds of ${PER_ROUND} new answers; answer memory bound ${mib(LIMITS.memoryBytes)} MiB`);
console.log("| round | heap MiB | answer memory MiB | entries |");
console.log("| ---: | ---: | ---: | ---: |");
for (let round = 1; round <= ROUNDS; round++) {
  for (let i = 0; i < PER_ROUND; i += 10) {
    const responses = await Promise.all(Array.from({ length: 10 }, () => app.fetch(nextRequest(), env, ctx as never)));
    for (const response of responses) {
      if (response.status >= 500) failures++;
      await response.arrayBuffer();
    }
    // A server returns to its event loop between requests; Node's fetch classes free their abort
    // listeners from finalizers, which only run there.
    await new Promise((resolve) => setImmediate(resolve));
  }
  samples.push(heap());
  console.log(`| ${round} | ${mib(samples.at(-1) ?? 0)} | ${mib(memory.bytes)} | ${memory.size} |`);
}
const seconds = (performance.now() - started) / 1000;
const middle = samples[Math.floor(samples.length / 2) - 1] ?? before;
const after = samples.at(-1) ?? before;
const levelled = after - middle <= 0.03 * middle;
console.log(
  `heap before ${mib(before)} MiB, at half-time ${mib(middle)} MiB, after ${mib(after)} MiB; ${sequence} requests in ${seconds.toFixed(1)} s; ${failures} answers 5xx`,
);
console.log(
  levelled && failures === 0 ? "soak: memory levelled off" : "soak: FAILED (memory still growing or 5xx answers)",
);
if (!levelled || failures > 0 || memory.bytes > LIMITS.memoryBytes) process.exit(1);
