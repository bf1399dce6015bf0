import type { Verdict } from "../schema/verdict.ts";
import type { FactIndex, TermHit } from "./interpret/fact-index.ts";
import { cuesOf } from "./read/cues.ts";
import type { ClaimedPeriod } from "./read/period.ts";
import type { Quantity } from "./read/quantity.ts";
import type { Marker } from "./read/sub-population.ts";

/** One reading of a figure the checker weighed: the metric, its score, and whether it was judged. */
export interface TracedReading {
  readonly metric: string;
  readonly score: number;
  readonly judged: boolean;
}

/** What the checker did with one figure, and the rule that decided its verdict. */
export interface TracedFigure {
  readonly text: string;
  readonly role: Quantity["role"];
  readonly unit: Quantity["unit"];
  readonly qualifier: Quantity["qualifier"];
  readonly readings: TracedReading[];
  verdict?: Verdict;
  factId?: string | null;
  /** The deciding rule: the reason of an unverifiable verdict, or the comparison that judged it. */
  rule?: string;
}

/** A claim's reading, step by step: the tokens read, the readings weighed and the rule behind each verdict. */
export interface ClaimTrace {
  readonly numbers: {
    readonly text: string;
    readonly span: [number, number];
    readonly statistic: boolean;
    /** The recognisers that read the number, its cues, and the rule that set it aside, if one did. */
    readonly recognisers: readonly string[];
  }[];
  readonly periods: {
    readonly text: string;
    readonly year?: number;
    readonly months: string;
    readonly base: boolean;
    readonly recogniser: string;
  }[];
  readonly terms: { readonly text: string; readonly names: string }[];
  readonly markers: { readonly text: string; readonly recogniser: string }[];
  readonly figures: TracedFigure[];
}

export function emptyTrace(): ClaimTrace {
  return { numbers: [], periods: [], terms: [], markers: [], figures: [] };
}

/** What a sentence's reading produced, as the trace lists it. */
interface TokensRead {
  readonly numbers: readonly Quantity[];
  readonly statistics: readonly Quantity[];
  readonly periods: readonly ClaimedPeriod[];
  readonly markers: readonly Marker[];
  readonly ruledOut: ReadonlyMap<Quantity, string>;
  /** The normalized text the tokens index, and where its clauses start. */
  readonly normalized: string;
  readonly text: string;
  readonly clauseStarts: readonly number[];
}

/** A number's recogniser, then its cues' (forecast and quote read as the judge reads them), then its rule's. */
function recognisersOf(quantity: Quantity, read: TokensRead): string[] {
  const ruled = read.ruledOut.get(quantity);
  return [quantity.recogniser, ...cuesOf(quantity, read.normalized, read), ruled].filter((id) => id !== undefined);
}

/** The tokens of a sentence's reading, as a trace lists them. */
export function traceTokens(
  trace: ClaimTrace,
  text: string,
  read: TokensRead,
  hits: readonly TermHit[],
  index: FactIndex,
): void {
  const statistics = new Set(read.statistics);
  for (const quantity of read.numbers)
    trace.numbers.push({
      text: text.slice(quantity.start, quantity.end),
      span: [quantity.start, quantity.end],
      statistic: statistics.has(quantity),
      recognisers: recognisersOf(quantity, read),
    });
  for (const marker of read.markers)
    trace.markers.push({ text: text.slice(marker.start, marker.end), recogniser: marker.recogniser });
  for (const period of read.periods)
    trace.periods.push({
      text: text.slice(period.start, period.end),
      ...(period.year !== undefined ? { year: period.year } : {}),
      months: `${period.from}–${period.to}`,
      base: period.base,
      recogniser: period.recogniser,
    });
  for (const hit of hits) {
    const names =
      hit.kind === "metric" ? (index.metrics[hit.metric]?.metric ?? "") : (index.entities[hit.entity]?.code ?? "");
    const last = trace.terms.at(-1);
    const word = text.slice(hit.start, hit.end);
    if (last && last.text === word)
      trace.terms[trace.terms.length - 1] = { text: word, names: `${last.names}, ${names}` };
    else trace.terms.push({ text: word, names });
  }
}

/** At most six distinct names, the rest counted. */
function shortList(names: string): string {
  const distinct = [...new Set(names.split(", "))];
  return distinct.length > 6
    ? `${distinct.slice(0, 6).join(", ")} (+${distinct.length - 6} more)`
    : distinct.join(", ");
}

/** A trace as lines a person reads: `explain` prints it. */
export function describeTrace(trace: ClaimTrace): string {
  const lines = [
    `numbers: ${trace.numbers.map((number) => `${number.text}${number.statistic ? "" : " (not a statistic)"} [${number.recognisers.join(", ")}]`).join("; ") || "none"}`,
    `periods: ${trace.periods.map((period) => `${period.text} [${period.year ?? "?"} ${period.months}${period.base ? ", base" : ""}, ${period.recogniser}]`).join("; ") || "none"}`,
    `terms: ${trace.terms.map((term) => `${term.text} → ${shortList(term.names)}`).join("; ") || "none"}`,
    `markers: ${trace.markers.map((marker) => `${marker.text} [${marker.recogniser}]`).join("; ") || "none"}`,
  ];
  for (const figure of trace.figures) {
    lines.push(`figure ${figure.text} (${figure.role}, ${figure.unit}, ${figure.qualifier})`);
    for (const reading of figure.readings.slice(0, 8))
      lines.push(`  reading ${reading.metric} score ${reading.score.toFixed(1)}${reading.judged ? " judged" : ""}`);
    lines.push(`  → ${figure.verdict ?? "?"}${figure.factId ? ` against ${figure.factId}` : ""}: ${figure.rule ?? ""}`);
  }
  return lines.join("\n");
}
