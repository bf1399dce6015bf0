import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dataset } from "../dataset.ts";
import { createClaimChecker } from "./check.ts";
import { CLAIM_CORPUS } from "./corpus.fixture.ts";

const checker = createClaimChecker(dataset);
const realText = ["en", "zh"].flatMap(
  (lang) =>
    parse(readFileSync(join(import.meta.dirname, "..", "..", "corpus", `real-text.${lang}.yaml`), "utf8")) as {
      text: string;
      published?: string;
    }[],
);
const texts = [
  ...CLAIM_CORPUS.map(([, claim]) => ({ text: claim, published: undefined as string | undefined })),
  ...realText.map(({ text, published }) => ({ text, published })),
];

describe("a batch's figure budget", () => {
  it("omits figures but never changes the verdict of one it judges", () => {
    let cut = 0;
    for (const { text, published } of texts) {
      const full = checker.checkClaim(text, { published });
      for (const maxFigures of [1, 2, 3]) {
        const budgeted = checker.checkClaim(text, { published, maxFigures });
        expect(budgeted.figures, text).toEqual(full.figures.slice(0, budgeted.figures.length));
        expect(budgeted.figures.length + budgeted.notChecked, text).toBe(full.figures.length + full.notChecked);
        if (budgeted.notChecked > full.notChecked) cut++;
      }
    }
    // The corpus has sentences with more figures than the budget, so the cut is exercised.
    expect(cut).toBeGreaterThan(100);
  });

  it("reads a 322-million rural figure the same in a batch of 100 as alone", () => {
    const claim =
      "Zq1: With 322 million rural internet users reaching 69.2% penetration, rural markets offer sizeable openings for app developers.";
    const alone = checker.checkClaim(claim, { published: "2025-07-25" });
    const inBatch = checker.checkClaim(claim, { published: "2025-07-25", maxFigures: 2 });
    expect(inBatch.verdict).toBe(alone.verdict);
    expect(inBatch.figures).toEqual(alone.figures);
  });
});
