import { EN } from "./lexicon/en.ts";
import { anyOf } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";

const YEAR_ON_YEAR_ZH = new RegExp(anyOf(ZH.yearOnYear));
const YEAR_ON_YEAR_EN = new RegExp(`${anyOf(EN.yearOnYear)}|\\b${anyOf(EN.yoy)}\\b`);

/** "同比增长8.3%", "in the past year": the recogniser of a change over twelve months its clause states. */
export function yearOnYearCue(clause: string): string | undefined {
  if (YEAR_ON_YEAR_ZH.test(clause)) return "cue.zh.year-on-year";
  return YEAR_ON_YEAR_EN.test(clause) ? "cue.en.year-on-year" : undefined;
}
