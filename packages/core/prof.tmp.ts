import { createClaimChecker } from "./src/claims/check.ts";
import { CLAIM_CORPUS } from "./src/claims/corpus.fixture.ts";
import { dataset } from "./src/dataset.ts";
const claims = CLAIM_CORPUS.map(([, claim]) => claim);
const checker = createClaimChecker(dataset);
const start = Date.now();
let n = 0;
while (Date.now() - start < 6000) { for (const c of claims) checker.checkClaim(c); n += claims.length; }
console.log(n / 6, "checks/s");
