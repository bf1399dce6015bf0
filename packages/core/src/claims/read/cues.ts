import { forecastCue, quoteCue } from "./not-statistic.ts";
import type { Quantity } from "./quantity.ts";
import { clauseTextOf } from "./sentence.ts";
import { yearOnYearCue } from "./year-on-year.ts";

/**
 * The ids of every cue read around a number: its own (hedges, bounds, changes, earlier values), then
 * forecast and quote as the judge reads them, then year-on-year for a change, from its clause.
 */
export function cuesOf(
  quantity: Quantity,
  text: string,
  clauses: { readonly text: string; readonly clauseStarts: readonly number[] },
): string[] {
  return [
    ...(quantity.cues ?? []),
    forecastCue(quantity, text),
    quoteCue(quantity, text),
    quantity.role === "change" ? yearOnYearCue(clauseTextOf(quantity, clauses)) : undefined,
  ].filter((cue) => cue !== undefined);
}
