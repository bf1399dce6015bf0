import { EN } from "./lexicon/en.ts";
import { anyOf, charClass } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";

/** A span a clause says its change took, with the recogniser that read it. */
export interface Elapsed {
  readonly start: number;
  readonly end: number;
  readonly months: number;
  readonly recogniser: string;
}

const EN_IN = `\\b${anyOf(EN.elapsedIn)} `;
/**
 * "in just six months", "半年翻番": the span a change is stated over, in months, when the text names no base
 * month. A first or second half of a year ("上半年") is a period, not a span elapsed.
 */
const ELAPSED: readonly (readonly [RegExp, number, string])[] = [
  [
    new RegExp(`(?<!${charClass(ZH.halfYearNotAfter)})${anyOf(ZH.halfYearWord)}${anyOf(ZH.elapsedSuffixes)}?`),
    6,
    "elapsed.zh.half-year",
  ],
  [new RegExp(`${anyOf(ZH.sixMonths)}${anyOf(ZH.elapsedSuffixes)}?`), 6, "elapsed.zh.six-months"],
  [
    new RegExp(`${EN_IN}(?:${anyOf(EN.elapsedHedges, EN.elapsedPast)} )?${anyOf(EN.sixMonths)}\\b`),
    6,
    "elapsed.en.six-months",
  ],
  [new RegExp(`${EN_IN}(?:${anyOf(EN.elapsedHedges)} )?${anyOf(EN.halfAYear)}\\b`), 6, "elapsed.en.half-year"],
];

/** The span a clause says its change took, or undefined. */
export function elapsedIn(clause: string): Elapsed | undefined {
  for (const [words, months, recogniser] of ELAPSED) {
    const match = words.exec(clause);
    if (match) return { start: match.index, end: match.index + match[0].length, months, recogniser };
  }
  return undefined;
}

/** The months a clause says its change took, or undefined. */
export function elapsedMonths(clause: string): number | undefined {
  return elapsedIn(clause)?.months;
}
