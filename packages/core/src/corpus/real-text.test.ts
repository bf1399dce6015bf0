import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createClaimChecker } from "../claims/check.ts";
import { dataset } from "../dataset.ts";
import { agrees, type CorpusEntry, isFalseAlarm, isMissedError, scoreEntry } from "./real-text.ts";

const checker = createClaimChecker(dataset);
const corpusDir = join(import.meta.dirname, "..", "..", "corpus");
const load = (lang: string) => parse(readFileSync(join(corpusDir, `real-text.${lang}.yaml`), "utf8")) as CorpusEntry[];

// Measured floors: a change that lowers either fails here; raise them as the checker improves.
const FLOORS = { en: { agreement: 0.95, missed: 0 }, zh: { agreement: 0.95, missed: 0 } };

describe.each(["en", "zh"] as const)("the real-text corpus (%s)", (lang) => {
  const entries = load(lang);
  const scored = entries.map((entry) => scoreEntry(checker, entry));

  it("is large enough and labelled with sources", () => {
    expect(entries.length).toBeGreaterThanOrEqual(lang === "zh" ? 100 : 140);
    for (const entry of entries) expect(entry.url).toMatch(/^https?:\/\//);
  });

  it("never marks a true sentence wrong", () => {
    const alarms = scored.filter(isFalseAlarm).map(({ entry, explanation }) => `${entry.id}: ${explanation}`);
    expect(alarms).toEqual([]);
  });

  it("calls no more wrong sentences accurate than measured", () => {
    expect(scored.filter(isMissedError).length).toBeLessThanOrEqual(FLOORS[lang].missed);
  });

  it("agrees with the labels at least as often as measured", () => {
    expect(scored.filter(agrees).length / scored.length).toBeGreaterThanOrEqual(FLOORS[lang].agreement);
  });
});
