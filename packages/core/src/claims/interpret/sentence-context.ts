import type { Lang } from "../../format/number.ts";
import type { IgnoredNumber } from "../../schema/verdict.ts";
import type { CheckOptions } from "../check.ts";
import { ruledOutBy } from "../read/not-statistic.ts";
import { longerWins } from "../read/overlap.ts";
import { type ClaimedPeriod, type DateAnchor, extractPeriods, parseAnchor } from "../read/period.ts";
import type { Quantity } from "../read/quantity.ts";
import { clauseOf, clauseStarts, numbersByClause, type SentenceContext } from "../read/sentence.ts";
import { findSubPopulations } from "../read/sub-population.ts";
import { type FactIndex, isMetricHit, type MetricHit, type TermHit } from "./fact-index.ts";
import { pairRespectively } from "./lists.ts";
/**
 * Work per claim is bounded whatever its shape: at most this many figures are judged (the rest are
 * counted as not checked), and only the numbers and terms near them are read.
 */
export const MAX_FIGURES_PER_CLAIM = 12;

/** "…says the China Internet Network Information Center": a publisher's name names no metric of its own. */
export function withoutPublisherNames(index: FactIndex, text: string, hits: readonly TermHit[]): TermHit[] {
  const spans: { start: number; end: number }[] = [];
  for (const name of index.publisherNames)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      spans.push({ start: at, end: at + name.length });
  if (spans.length === 0) return [...hits];
  const inName = (hit: TermHit) => spans.some((span) => span.start <= hit.start && hit.end <= span.end);
  return hits.filter((hit) => !(isMetricHit(hit) && inName(hit)));
}

/** A metric's name inside a longer name of another metric ("视频用户" in "短视频用户") names nothing of its own. */
export function withoutNestedTerms(index: FactIndex, hits: readonly TermHit[]): TermHit[] {
  const family = (hit: MetricHit) => index.metrics[hit.metric]?.family ?? "";
  // Hits come in text order; a containing name starts before and ends at or after, within a term's length.
  const names = hits.filter(isMetricHit).filter((hit) => hit.group === 0);
  const nested = new Set<TermHit>();
  let from = 0;
  for (const hit of names) {
    while (from < names.length && (names[from]?.start ?? 0) < hit.start - MAX_TERM_LENGTH) from++;
    for (let at = from; at < names.length; at++) {
      const other = names[at];
      if (!other || other.start >= hit.start) break;
      if (hit.end <= other.end && family(other) !== family(hit)) {
        nested.add(hit);
        break;
      }
    }
  }
  return nested.size === 0 ? [...hits] : hits.filter((hit) => !nested.has(hit));
}

/** No term is longer than this many characters. */
const MAX_TERM_LENGTH = 40;

export interface FiguresRead {
  /** Every number outside a term, statistic or not. */
  readonly numbers: Quantity[];
  /** The statistics read, at most MAX_FIGURES_PER_CLAIM: each one's reading may lean on the others. */
  readonly quantities: Quantity[];
  /** How many of them, from the first, to judge: a batch's budget cuts what is judged, never what is read. */
  readonly judged: number;
  readonly ignored: IgnoredNumber[];
  /** Statistics in a unit no metric here uses ("29.5个小时", "6196万公里"): counted, never judged. */
  readonly otherUnit: Quantity[];
  readonly notChecked: number;
  /** The recogniser that set each ignored number aside ("not-statistic.zh.streak"), for the trace. */
  readonly ruledOut: ReadonlyMap<Quantity, string>;
}

/** Which numbers are statistics to judge: not part of a name ("aged 60 and above"), not years or durations. */
export function figuresOf(
  claim: string,
  text: string,
  read: readonly Quantity[],
  hits: readonly TermHit[],
  cap: number,
) {
  const ignored: IgnoredNumber[] = [];
  const otherUnit: Quantity[] = [];
  const ruledOut = new Map<Quantity, string>();
  let previous: Quantity | undefined;
  const numbers = read
    .map((quantity) => ({ ...quantity, text: claim.slice(quantity.start, quantity.end).trim() }))
    .filter(
      (quantity) => !hits.some((hit) => isMetricHit(hit) && hit.start < quantity.end && quantity.start < hit.end),
    );
  const statistics = numbers.filter((quantity) => {
    const rule = ruledOutBy(quantity, text, previous);
    previous = quantity;
    if (!rule) return true;
    // A measure in hours or kilometres is still a statistic: it keeps its sentence from being accurate.
    if (rule.reason === "other-unit") otherUnit.push(quantity);
    else ignored.push({ text: quantity.text, span: [quantity.start, quantity.end], why: rule.reason });
    ruledOut.set(quantity, rule.recogniser);
    return false;
  });
  const quantities = statistics.slice(0, MAX_FIGURES_PER_CLAIM);
  const judged = Math.min(cap, quantities.length);
  const notChecked = statistics.length - judged;
  return { numbers, quantities, judged, ignored, otherUnit, notChecked, ruledOut } satisfies FiguresRead;
}

/**
 * A sentence's numbers and periods under the Read stage's one overlap rule: the longer token wins, so
 * "the first 3 quarters of 2024" is a period and never the number 3; on a tie the number stays, as before.
 */
export function numbersAndPeriods(
  text: string,
  numbers: readonly Quantity[],
  anchor: DateAnchor | undefined,
): { readonly numbers: Quantity[]; readonly periods: ClaimedPeriod[] } {
  const [kept = [], periods = []] = longerWins<Quantity | ClaimedPeriod>([numbers, extractPeriods(text, anchor)]);
  return { numbers: kept as Quantity[], periods: periods as ClaimedPeriod[] };
}

/** Everything every figure's check reads, read once: clauses, lists, sub-populations. */
export function readSentence(
  index: FactIndex,
  read: {
    readonly text: string;
    readonly readEnd: number;
    readonly hits: TermHit[];
    readonly figures: FiguresRead;
    readonly periods: ClaimedPeriod[];
  },
  lang: Lang,
  options: CheckOptions,
  defaultEntity: string,
): SentenceContext {
  const { text, readEnd, hits, periods } = read;
  const { numbers, quantities } = read.figures;
  const anchor = parseAnchor(options.published);
  const starts = clauseStarts(text.slice(0, readEnd));
  return {
    index,
    text,
    lang,
    hits,
    quantities,
    periods,
    clauseStarts: starts,
    // A number that is not a statistic still owns the words of its clause ("29.5 hours a week online").
    figureClauses: new Set(numbers.map((quantity) => clauseOf(quantity.start, starts))),
    numbers,
    numbersInClause: numbersByClause(numbers, starts),
    numberIndex: new Map(numbers.map((quantity, position) => [quantity, position])),
    owners: new Map(),
    defaultEntity,
    anchor,
    markers: findSubPopulations(text.slice(0, readEnd)),
    listSubject: pairRespectively(text, quantities, hits, index),
    carried: options.carriedPeriod,
    published: anchor ? options.published : undefined,
  };
}
