import type { Qualifier } from "../../../schema/fact.ts";
import { EN } from "./en.ts";
import { meaningOf } from "./pattern.ts";
import { ZH } from "./zh.ts";

/** The meaning of every hedge word, English and Chinese: one table for every reader that meets a hedge. */
export const HEDGE_MEANING = meaningOf<Qualifier>({
  about: [...EN.hedges.about, ...ZH.hedges.about],
  nearly: [...EN.hedges.nearly, ...ZH.hedges.nearly],
  over: [...EN.hedges.over, ...ZH.hedges.over],
  "at-least": [...EN.hedges["at-least"], ...ZH.hedges["at-least"]],
  exact: [...EN.hedges.exact, ...ZH.hedges.exact],
});
