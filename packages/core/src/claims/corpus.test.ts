import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.ts";
import { createClaimChecker } from "./check.ts";
import { CLAIM_CORPUS } from "./corpus.fixture.ts";

const checker = createClaimChecker(dataset);
const ARTICLE_DATE = "2025-01-24";

describe("the labelled claim corpus", () => {
  it("has at least 200 claims in both languages and all four verdicts", () => {
    expect(CLAIM_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(CLAIM_CORPUS.filter(([, claim]) => /[\u4e00-\u9fff]/.test(claim)).length).toBeGreaterThanOrEqual(50);
    for (const verdict of ["accurate", "imprecise", "inaccurate", "unverifiable"]) {
      expect(CLAIM_CORPUS.filter(([label]) => label === verdict).length, verdict).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(CLAIM_CORPUS.map((row) => [row[1], row[0], row.slice(2)] as const))("%s → %s", (claim, verdict, factIds) => {
    // Written about the seed article's moment: figures released by its publication.
    const result = checker.checkClaim(claim, { published: ARTICLE_DATE });
    const summary = {
      verdict: result.verdict,
      facts: result.figures.map((figure) => figure.factId),
      explanation: result.explanation,
    };
    expect(summary.verdict, summary.explanation).toBe(verdict);
    if (factIds.length > 0) expect(summary.facts).toEqual(factIds);
  });
});
