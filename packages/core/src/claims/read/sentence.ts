import type { Lang } from "../../format/number.ts";
import type { FactIndex, TermHit } from "../interpret/fact-index.ts";
import type { ClaimTrace } from "../trace.ts";
import { EN } from "./lexicon/en.ts";
import { anyOf, charClass } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";
import type { ClaimedPeriod, DateAnchor } from "./period.ts";
import type { Quantity } from "./quantity.ts";
import type { Tagged } from "./recogniser.ts";
import type { Marker } from "./sub-population.ts";

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
  /** Every number read, statistics and not: a clause's words belong to its numbers. */
  readonly numbers: readonly Quantity[];
  readonly numbersInClause: ReadonlyMap<number, readonly Quantity[]>;
  readonly numberIndex: ReadonlyMap<Quantity, number>;
  /** Each term's figure once found (null: it names none), as every figure's matching asks again. */
  readonly owners: Map<TermHit, Quantity | null>;
  readonly defaultEntity: string;
  readonly anchor: DateAnchor | undefined;
  /** The period an earlier sentence of the article stated. */
  readonly carried: ClaimedPeriod | undefined;
  /** The article's date: with no period stated, the newest figure released by then is meant. */
  readonly published: string | undefined;
  /** Words naming a sub-population (rural, 未成年人): a metric must name them too. */
  readonly markers: readonly Marker[];
  /** For figures of a "respectively" list, the subject (metric family) each one is paired with. */
  readonly listSubject?: ReadonlyMap<Quantity, string>;
  /** Whether words carried from the sentence before may name a figure's subject alone ("the number rose…"). */
  readonly carriedAlone?: boolean;
  /** The metric the previous figure of the sentence was matched to. */
  previousMetric?: string | undefined;
  /** Filled in when the caller asked for a trace. */
  readonly trace?: ClaimTrace | undefined;
}

export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

const CLAUSE_PUNCTUATION = [",", ";", ":", "，", "；", "："];
// "integrated video reached 71.1 percent with 704 million users": a "with" before a figure continues its clause.
const EN_WITH = `${anyOf(EN.clauseWith)}(?!\\s+(?:${anyOf(EN.clauseWithHedges)} )?\\d)`;
const CLAUSE_BREAK = new RegExp(
  [
    `(?<punctuation>${charClass(CLAUSE_PUNCTUATION)})`,
    `\\s(?<en>${anyOf(EN.clauseConjunctions)}|${EN_WITH})\\s`,
    `\\s(?<andNumber>${anyOf(EN.and)})\\s(?=[\\d.])`,
    `(?<zh>${anyOf(ZH.clauseConjunctions)})`,
  ].join("|"),
  "g",
);
const CLAUSE_RECOGNISERS: Readonly<Record<string, string>> = {
  punctuation: "clause.any.punctuation",
  en: "clause.en.conjunction",
  andNumber: "clause.en.and-number",
  zh: "clause.zh.conjunction",
};

/** Where each clause after the first opens, with the recogniser of the break before it. */
export function clauseBreaks(text: string): Tagged[] {
  const breaks: Tagged[] = [];
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    // A comma between digits is a thousands separator, not a clause break.
    if (match[0] === "," && /\d/.test(text[match.index - 1] ?? "") && /\d/.test(text[match.index + 1] ?? "")) continue;
    const group = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0] ?? "";
    const recogniser = CLAUSE_RECOGNISERS[group] ?? "clause.any.punctuation";
    breaks.push({ start: match.index, end: match.index + match[0].length, recogniser });
  }
  return breaks;
}

export function clauseStarts(text: string): number[] {
  return [0, ...clauseBreaks(text).map((clauseBreak) => clauseBreak.end)];
}

/** The clause a position falls in: a binary search, as hostile text can have hundreds of clauses. */
export function clauseOf(position: number, starts: readonly number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The words of the clause a figure stands in. */
export function clauseTextOf(
  quantity: Quantity,
  context: { readonly text: string; readonly clauseStarts: readonly number[] },
): string {
  const clause = clauseOf(quantity.start, context.clauseStarts);
  return context.text.slice(context.clauseStarts[clause] ?? 0, context.clauseStarts[clause + 1] ?? context.text.length);
}

/** The numbers of each clause, so a term finds its clause's numbers without scanning the claim's. */
export function numbersByClause(quantities: readonly Quantity[], starts: readonly number[]): Map<number, Quantity[]> {
  const byClause = new Map<number, Quantity[]>();
  for (const quantity of quantities) {
    const clause = clauseOf(quantity.start, starts);
    const list = byClause.get(clause);
    if (list) list.push(quantity);
    else byClause.set(clause, [quantity]);
  }
  return byClause;
}

export function nearestQuantity(hit: TermHit, inClause: readonly Quantity[]): Quantity | undefined {
  let best: Quantity | undefined;
  for (const quantity of inClause) if (!best || distance(quantity, hit) < distance(best, hit)) best = quantity;
  return best;
}

const SEGMENT_BREAK = /[;；。]/;
/** "…, the ministry said 5G would be a priority for 2025": a later clause's period after a forecast dates the forecast. */
const FORECAST_WORD = new RegExp(`(?<![a-z])${anyOf(EN.forecastModals)}(?![a-z])|${anyOf(ZH.forecasts)}`);

function datesForecast(
  period: ClaimedPeriod,
  context: { readonly text: string; readonly clauseStarts: readonly number[] },
) {
  const clauseStart = context.clauseStarts[clauseOf(period.start, context.clauseStarts)] ?? 0;
  return FORECAST_WORD.test(context.text.slice(clauseStart, period.start));
}

/**
 * The period a figure is stated for: one written after it in its own clause ("1.079 billion by June 2023"),
 * else the nearest one before it that no semicolon separates ("截至2021年12月…，使用率97.50%；到2022年6月").
 */
export function nearestPeriod(
  quantity: Quantity,
  periods: readonly ClaimedPeriod[],
  base: boolean,
  context?: { readonly text: string; readonly clauseStarts: readonly number[] },
): ClaimedPeriod | undefined {
  const candidates = periods.filter((period) => period.base === base);
  if (!context) {
    let best: ClaimedPeriod | undefined;
    for (const period of candidates) if (!best || distance(quantity, period) < distance(quantity, best)) best = period;
    return best;
  }
  const clause = clauseOf(quantity.start, context.clauseStarts);
  const after = candidates.find(
    (period) => period.start >= quantity.end && clauseOf(period.start, context.clauseStarts) === clause,
  );
  if (after) return after;
  const before = candidates
    .filter(
      (period) => period.end <= quantity.start && !SEGMENT_BREAK.test(context.text.slice(period.end, quantity.start)),
    )
    .at(-1);
  if (before) return before;
  // A period stated after the figure, in a later clause of the same segment, still dates it; else the sentence's.
  // A base in a later clause is that clause's ("…8.2%, 2.4 points faster than in the first quarter").
  if (base) return candidates.filter((period) => period.end <= quantity.start).at(-1);
  return (
    candidates.find(
      (period) =>
        period.start >= quantity.end &&
        !SEGMENT_BREAK.test(context.text.slice(quantity.end, period.start)) &&
        !datesForecast(period, context),
    ) ?? candidates.filter((period) => period.end <= quantity.start).at(-1)
  );
}
