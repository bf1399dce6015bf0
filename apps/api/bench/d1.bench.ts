// D1 store benchmark: 100,000 synthetic observations in a local D1 (Miniflare) against the embedded store
// with the real dataset, both the built Worker on Miniflare (scripts/local-server.ts), in the same run.
// Sequential requests over loopback; median and p99 latency per route, and their ratios.
import { performance } from "node:perf_hooks";
import { datasetVersion } from "@factline/core/data-dir";
import { dataset } from "@factline/core/dataset";
import type { Fact } from "@factline/core/schema";
import { syntheticDataset } from "../../../packages/core/bench/synthetic.ts";
import { type LocalServer, startLocalServer } from "../scripts/local-server.ts";
import { publishDataset } from "../src/store/d1-publish.ts";

const TOTAL = 100_000;
const PERIODS = 10;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);

/** core's synthetic facts (200 entities × many metrics), each repeated over ten yearly periods. */
function syntheticWithPeriods() {
  const base = syntheticDataset(dataset, dataset.facts.length + Math.ceil((TOTAL - dataset.facts.length) / PERIODS));
  const synthetic = base.facts.slice(dataset.facts.length);
  const facts: Fact[] = [...dataset.facts];
  for (const fact of synthetic) {
    for (let p = 0; p < PERIODS && facts.length < TOTAL; p++) {
      const year = 2024 - p;
      facts.push({
        ...fact,
        id: fact.id.replace(/-2024-12$/, `-${year}-12`),
        value: fact.value + p * 1_000,
        period: { kind: "instant", date: `${year}-12` },
      });
    }
  }
  const content = { metrics: dataset.metrics, facts, entities: base.entities };
  return { version: datasetVersion(content), ...content };
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - start;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p99: at(0.99) };
}

async function measure(origin: string, path: (i: number) => string): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < 20; i++) await timed(`${origin}${path(-1 - i)}`);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await timed(`${origin}${path(i)}`));
  return stats(samples);
}

const data = syntheticWithPeriods();
const synthetic = data.facts.slice(dataset.facts.length);
const realIds = dataset.facts.map((fact) => fact.id);
const pick = (i: number, salt: number) => synthetic[Math.abs(i * 7919 + salt * 104_729) % synthetic.length] as Fact;
console.log(`dataset: ${data.facts.length.toLocaleString("en")} facts, version ${data.version}`);

const servers: LocalServer[] = [];
try {
  // A fresh runtime each; for D1 "up" includes publishing the 100,000 facts. The first lookup and the first
  // check after /healthz are the isolate's cold costs (for D1 the check loads the router: one fact per metric).
  const cold = async (store: "embedded" | "d1") => {
    const begin = performance.now();
    const server = await startLocalServer({
      store,
      rateLimit: 1_000_000,
      seed: async (db) => {
        await publishDataset(db as unknown as D1Database, data);
      },
    });
    const up = performance.now() - begin;
    const lookup = await timed(`${server.origin}/v1/facts/${realIds[0]}`);
    const search = await timed(`${server.origin}/v1/search?q=${encodeURIComponent("internet users cold")}`);
    const check = await timed(
      `${server.origin}/v1/check?claim=${encodeURIComponent("China's internet users topped 1.1 billion.")}`,
    );
    return { server, up, lookup, search, check };
  };
  const embeddedCold = await cold("embedded");
  const d1Cold = await cold("d1");
  servers.push(embeddedCold.server, d1Cold.server);
  const e = embeddedCold.server.origin;
  const d = d1Cold.server.origin;

  const routes: [string, (i: number) => string, (i: number) => string][] = [
    ["fact lookup, cached (same id)", () => `/v1/facts/${realIds[0]}`, () => `/v1/facts/${pick(0, 1).id}`],
    [
      "fact lookup, uncached (new id each time)",
      (i) => `/v1/facts/${realIds[Math.abs(i) % realIds.length]}`,
      (i) => `/v1/facts/${pick(i, 2).id}`,
    ],
    [
      "batch lookup, 20 ids, uncached",
      (i) =>
        `/v1/facts?ids=${Array.from({ length: 20 }, (_, k) => realIds[(Math.abs(i) + k) % realIds.length]).join(",")}`,
      (i) => `/v1/facts?ids=${Array.from({ length: 20 }, (_, k) => pick(i * 20 + k, 3).id).join(",")}`,
    ],
    [
      // Synthetic entities have no ISO code, which /v1/series requires: the real series, from each store.
      "series (internet users, CN)",
      () => "/v1/series/internet-users?entity=CN",
      () => "/v1/series/internet-users?entity=CN",
    ],
    [
      "search, uncached",
      (i) => `/v1/search?q=internet%20users%20n${i}x`,
      (i) => `/v1/search?q=internet%20users%20n${i}x`,
    ],
    [
      "check, uncached",
      (i) => `/v1/check?claim=${encodeURIComponent(`China's internet users topped 1.1 billion in 2024 n${i}x.`)}`,
      (i) => `/v1/check?claim=${encodeURIComponent(`China's internet users topped 1.1 billion in 2024 m${i}x.`)}`,
    ],
  ];

  console.log(`\n| route | embedded median / p99 (ms) | D1 median / p99 (ms) | ratio median / p99 |`);
  console.log("| --- | ---: | ---: | ---: |");
  const medians = new Map<string, number>();
  for (const [name, embeddedPath, d1Path] of routes) {
    const a = await measure(e, embeddedPath);
    const b = await measure(d, d1Path);
    medians.set(name, b.median);
    console.log(
      `| ${name} | ${a.median.toFixed(2)} / ${a.p99.toFixed(2)} | ${b.median.toFixed(2)} / ${b.p99.toFixed(2)} | ${(b.median / a.median).toFixed(2)}× / ${(b.p99 / a.p99).toFixed(2)}× |`,
    );
  }
  console.log("\ncold isolate (server up = until /healthz answers; for D1 including the publish of 100,000 facts):");
  console.log("| store | server up (ms) | first lookup (ms) | first search (ms) | first check (ms) |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, c] of [
    [`embedded, ${realIds.length} facts`, embeddedCold],
    ["D1, 100,000 facts", d1Cold],
  ] as const) {
    console.log(
      `| ${name} | ${c.up.toFixed(0)} | ${c.lookup.toFixed(1)} | ${c.search.toFixed(1)} | ${c.check.toFixed(0)} |`,
    );
  }
  const warmSearch = medians.get("search, uncached") ?? Number.NaN;
  console.log(
    `\nD1 search at 100,000 facts: first (cold isolate) ${d1Cold.search.toFixed(1)} ms, warm uncached median ${warmSearch.toFixed(1)} ms: cold = ${(d1Cold.search / warmSearch).toFixed(2)}× warm (target ≤ 5×)`,
  );
} finally {
  for (const server of servers) await server.stop();
}
