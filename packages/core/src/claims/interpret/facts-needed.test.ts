import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dataset } from "../../dataset.ts";
import type { Fact } from "../../schema/fact.ts";
import { checkArticleWith } from "../article.ts";
import { createClaimChecker } from "../check.ts";
import { CLAIM_CORPUS } from "../corpus.fixture.ts";
import { FactIndex } from "./fact-index.ts";
import { factsNeededFor } from "./facts-needed.ts";

const full = createClaimChecker(dataset);
// One fact per metric and set of terms: what a store keeps in memory to route a check (the D1 store's query).
const routerFacts = [...new Map(dataset.facts.map((fact) => [`${fact.metric}${JSON.stringify(fact.terms)}`, fact]))]
  .map(([, fact]) => fact)
  .reverse();
const router = new FactIndex(routerFacts, dataset.entities);
const entitiesWithFacts = new Set(dataset.facts.map((fact) => fact.entity.code));

function checkerFor(text: string) {
  const needed = factsNeededFor(router, text);
  const facts = dataset.facts.filter(
    (fact: Fact) => needed.metrics.includes(fact.metric) && needed.entities.includes(fact.entity.code),
  );
  return { checker: createClaimChecker({ facts, entities: dataset.entities, entitiesWithFacts }), facts };
}

const realText = ["en", "zh"].flatMap(
  (lang) =>
    parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "corpus", `real-text.${lang}.yaml`), "utf8")) as {
      text: string;
      published?: string;
    }[],
);

describe("checking against only the facts a text needs", () => {
  it("answers every hand-corpus claim exactly as the whole dataset does", () => {
    for (const [, claim] of CLAIM_CORPUS) {
      const { checker, facts } = checkerFor(claim);
      expect(facts.length).toBeLessThan(dataset.facts.length);
      expect(checker.checkClaim(claim, { published: "2025-01-24" }), claim).toEqual(
        full.checkClaim(claim, { published: "2025-01-24" }),
      );
    }
  });

  it("answers every real-text paragraph exactly as the whole dataset does", () => {
    for (const { text, published } of realText) {
      expect(checkArticleWith(checkerFor(text).checker, text, { published }), text).toEqual(
        checkArticleWith(full, text, { published }),
      );
    }
  });
});
