// Scratch: paired throughput of this checker and the session's first commit's, in one process, same claims.
import { performance } from "node:perf_hooks";
import { createClaimChecker as oldChecker } from "/work/wt/start/packages/core/src/claims/check.ts";
import { dataset as oldData } from "/work/wt/start/packages/core/src/dataset.ts";
import { createClaimChecker as newChecker } from "./src/claims/check.ts";
import { CLAIM_CORPUS } from "./src/claims/corpus.fixture.ts";
import { dataset as newData } from "./src/dataset.ts";

const claims = CLAIM_CORPUS.map(([, c]) => c);
const a = newChecker(newData),
  b = oldChecker(oldData);
const rate = (c: { checkClaim(x: string): unknown }) => {
  let n = 0;
  const t = performance.now();
  while (performance.now() - t < 1500) {
    for (const x of claims) c.checkClaim(x);
    n += claims.length;
  }
  return n / ((performance.now() - t) / 1000);
};
for (let i = 0; i < 2000; i++) {
  a.checkClaim(claims[i % claims.length]);
  b.checkClaim(claims[i % claims.length]);
}
const rows: string[] = [];
for (let r = 0; r < 5; r++) {
  const x = rate(a),
    y = rate(b);
  rows.push(
    `| ${r + 1} | ${Math.round(x).toLocaleString("en")} | ${Math.round(y).toLocaleString("en")} | ${(x / y).toFixed(3)} |`,
  );
}
console.log(`facts: new ${newData.facts.length}, old ${oldData.facts.length}; ${claims.length} hand-corpus claims`);
console.log(
  "| pair | this session's checks/s | first commit's checks/s | ratio |\n| --- | ---: | ---: | ---: |\n" +
    rows.join("\n"),
);
