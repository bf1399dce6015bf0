import type { Lang } from "../format/number.ts";
import type { FactIndex, TermHit } from "./fact-index.ts";
import type { ClaimedPeriod, DateAnchor } from "./period.ts";
import type { Quantity } from "./quantity.ts";

/** A claim read once: its term hits, figures, periods and clauses, shared by every figure's check. */
export interface SentenceContext {
  readonly index: FactIndex;
  readonly text: string;
  readonly lang: Lang;
  readonly hits: readonly TermHit[];
  readonly quantities: readonly Quantity[];
  readonly periods: readonly ClaimedPeriod[];
  readonly clauseStarts: readonly number[];
  readonly figureClauses: ReadonlySet<number>;
  readonly defaultEntity: string;
  readonly anchor: DateAnchor | undefined;
  /** The period an earlier sentence of the article stated. */
  readonly carried: ClaimedPeriod | undefined;
  /** The article's date: with no period stated, the newest figure released by then is meant. */
  readonly published: string | undefined;
  /** The metric the previous figure of the sentence was matched to. */
  previousMetric?: string | undefined;
}

export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

const CLAUSE_BREAK = /[,;:，；：、]|\s(?:while|whereas|along with|with|but)\s|而|同时|其中/g;

export function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    // A comma between digits is a thousands separator, not a clause break.
    if (match[0] === "," && /\d/.test(text[match.index - 1] ?? "") && /\d/.test(text[match.index + 1] ?? "")) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

export function clauseOf(position: number, starts: readonly number[]): number {
  let clause = 0;
  while (clause + 1 < starts.length && (starts[clause + 1] ?? Infinity) <= position) clause++;
  return clause;
}

export function nearestQuantity(
  hit: TermHit,
  quantities: readonly Quantity[],
  clause: number,
  starts: readonly number[],
): Quantity | undefined {
  let best: Quantity | undefined;
  for (const quantity of quantities) {
    if (clauseOf(quantity.start, starts) !== clause) continue;
    if (!best || distance(quantity, hit) < distance(best, hit)) best = quantity;
  }
  return best;
}

export function nearestPeriod(
  quantity: Quantity,
  periods: readonly ClaimedPeriod[],
  base: boolean,
): ClaimedPeriod | undefined {
  let best: ClaimedPeriod | undefined;
  for (const period of periods) {
    if (period.base !== base) continue;
    if (!best || distance(quantity, period) < distance(quantity, best)) best = period;
  }
  return best;
}
