// Claim-check throughput on the article dataset and on a 100,000-fact dataset of the same shape.
// Run: pnpm --filter @factline/core bench. Figures go into BENCHMARKS.md.
import { performance } from "node:perf_hooks";
import { createClaimChecker } from "../src/claims/check.ts";
import { CLAIM_CORPUS } from "../src/claims/corpus.fixture.ts";
import { dataset } from "../src/dataset.ts";
import { syntheticDataset } from "./synthetic.ts";

const claims = CLAIM_CORPUS.map(([, claim]) => claim);

function checksPerSecond(
  checker: ReturnType<typeof createClaimChecker>,
  workload: readonly string[] = claims,
  minMillis = 2000,
): number {
  for (let i = 0; i < 2000; i++) checker.checkClaim(workload[i % workload.length]);
  let checks = 0;
  const start = performance.now();
  while (performance.now() - start < minMillis) {
    for (const claim of workload) checker.checkClaim(claim);
    checks += workload.length;
  }
  return checks / ((performance.now() - start) / 1000);
}

const small = createClaimChecker(dataset);
const buildStart = performance.now();
const large = createClaimChecker(syntheticDataset(dataset, 100_000));
const buildMillis = performance.now() - buildStart;

// Alternate the runs so machine noise hits both alike; keep the best of three.
const smallRuns: number[] = [];
const largeRuns: number[] = [];
for (let round = 0; round < 3; round++) {
  smallRuns.push(checksPerSecond(small));
  largeRuns.push(checksPerSecond(large));
}
const smallRate = Math.max(...smallRuns);
const largeRate = Math.max(...largeRuns);
const ratio = smallRate / largeRate;
// Claims about the synthetic facts themselves: every check matches a term shared by 200 entities.
const syntheticClaims = [...large.index.factsById.values()]
  .filter((fact) => fact.entity.code.startsWith("Q"))
  .filter((_, i) => i % 2000 === 0)
  .map((fact) => `${fact.entity.name.en} had ${(fact.value / 1e6).toFixed(0)} million ${fact.metric} users in 2024.`);
const syntheticRate = checksPerSecond(large, syntheticClaims);
const syntheticAccurate = syntheticClaims.filter((claim) => large.checkClaim(claim).verdict === "accurate").length;

console.log(`claim checks (${claims.length} corpus claims, en + zh, single thread, Node ${process.version})`);
console.log(`| dataset | facts | checks/s | µs/check |`);
console.log(`| --- | ---: | ---: | ---: |`);
console.log(
  `| article | ${dataset.facts.length} | ${Math.round(smallRate).toLocaleString("en")} | ${(1e6 / smallRate).toFixed(1)} |`,
);
console.log(
  `| synthetic | ${large.index.factsById.size.toLocaleString("en")} | ${Math.round(largeRate).toLocaleString("en")} | ${(1e6 / largeRate).toFixed(1)} |`,
);
console.log(
  `| synthetic, claims about synthetic facts | ${large.index.factsById.size.toLocaleString("en")} | ${Math.round(syntheticRate).toLocaleString("en")} | ${(1e6 / syntheticRate).toFixed(1)} |`,
);
console.log(`(${syntheticAccurate}/${syntheticClaims.length} synthetic claims judged accurate, as built)`);
console.log(
  `time per check, 100k / article: ${ratio.toFixed(2)}× (target ≤ 3×); index build for 100k facts: ${buildMillis.toFixed(0)} ms`,
);
console.log(
  `target ≥ 20,000 checks/s on the article dataset: ${smallRate >= 20_000 ? "met" : "NOT met"}; ≤ 3× on 100k: ${ratio <= 3 ? "met" : "NOT met"}`,
);

// Paired against another checkout's checker (`BASELINE_CORE=/path/to/other/packages/core`), in this process,
// timed alternately on the same claims, each with its own dataset: the ratio survives a noisy machine.
const baselineDir = process.env.BASELINE_CORE;
if (baselineDir) {
  const { pathToFileURL } = await import("node:url");
  const { join } = await import("node:path");
  const other = await import(pathToFileURL(join(baselineDir, "src/claims/check.ts")).href);
  const otherData = await import(pathToFileURL(join(baselineDir, "src/dataset.ts")).href);
  const baseline = other.createClaimChecker(otherData.dataset) as ReturnType<typeof createClaimChecker>;
  console.log(`\npaired with ${baselineDir} (${otherData.dataset.facts.length} facts), ${claims.length} claims`);
  console.log("| pair | this checkout (checks/s) | baseline (checks/s) | ratio |\n| --- | ---: | ---: | ---: |");
  // The baseline is cold until it has run once; each pair then alternates which side goes first.
  checksPerSecond(baseline, claims, 1500);
  const ratios: number[] = [];
  for (let pair = 1; pair <= 7; pair++) {
    const first = pair % 2 === 0 ? baseline : small;
    const firstRate = checksPerSecond(first, claims, 1500);
    const secondRate = checksPerSecond(first === small ? baseline : small, claims, 1500);
    const [mine, theirs] = first === small ? [firstRate, secondRate] : [secondRate, firstRate];
    ratios.push(mine / theirs);
    console.log(
      `| ${pair} | ${Math.round(mine).toLocaleString("en")} | ${Math.round(theirs).toLocaleString("en")} | ${(mine / theirs).toFixed(3)} |`,
    );
  }
  const median = ratios.toSorted((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? 0;
  console.log(`median ratio ${median.toFixed(3)} (target ≥ 0.9): ${median >= 0.9 ? "met" : "NOT met"}`);
}
