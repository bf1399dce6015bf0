import { periodEnd } from "../../fact-values.ts";
import { lowerFirst } from "../../format/case.ts";
import type { FigureVerdict } from "../../schema/verdict.ts";
import { carriedHits, refersBack } from "../interpret/carried-subject.ts";
import { derivedChangeEntry, derivedShareEntry } from "../interpret/derived.ts";
import { type Candidate, candidatesFor, entityFor } from "../interpret/match.ts";
import { EN } from "../read/lexicon/en.ts";
import { anyOf } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import { isMultiple } from "../read/multiple.ts";
import { isForecast, isQuoted } from "../read/not-statistic.ts";
import type { Quantity } from "../read/quantity.ts";
import { clauseTextOf, type SentenceContext } from "../read/sentence.ts";
import type { TracedFigure } from "../trace.ts";
import { checkAgainstMetric } from "./against-metric.ts";
import { unitMismatch, unitsComparable } from "./compare.ts";
import { metricName, SEVERITY, unverifiable } from "./verdicts.ts";

/** Scores within this of the best match are a tie the words cannot break. */
const NEAR_TIE = 12;

/** "rate" alone: a growth rate as often as a share. "usage rate" and "penetration rate" are shares. */
const BARE_RATE = new RegExp(
  `(?<!${anyOf(EN.shareRates)} |${anyOf(ZH.shareRates)})(?:\\b${anyOf(EN.rate)}\\b|${anyOf(ZH.rate)})`,
);

function checkQuantity(quantity: Quantity, context: SentenceContext): FigureVerdict {
  const { lang, index } = context;
  const entity = entityFor(quantity, context);
  if (!index.entitiesWithFacts.has(entity)) {
    const record = index.entities.find((candidate) => candidate.code === entity);
    return unverifiable(quantity, "other-entity", lang, { entity: record?.name[lang] ?? entity });
  }
  const candidates = candidatesFor(quantity, entity, context);
  context.trace?.figures.push(tracedFigure(quantity, candidates));
  const best = candidates[0];
  if (!best) return unverifiable(quantity, "no-metric", lang);
  const fitting = candidates.filter(
    ({ entry }) =>
      entry.role === quantity.role &&
      (unitsComparable(quantity.unit, entry.unit) || unitMismatch(quantity.unit, entry.unit)),
  );
  const top = fitting[0];
  // "The rate for physical goods was 6.5 percent" after a growth rate: a rate, but which one the words do not say.
  if (top?.entry.kind === "share" && quantity.role === "level" && BARE_RATE.test(clauseTextOf(quantity, context)))
    return unverifiable(quantity, "wrong-kind", lang, { metric: metricName(top.entry, lang) });
  // "more than doubled" is judged from two observations only, even where a growth is recorded.
  if (!top || isMultiple(quantity))
    return (
      derivedReading(quantity, candidates, entity, context) ??
      unverifiable(quantity, "wrong-kind", lang, { metric: metricName(best.entry, lang) })
    );
  // Where the words leave two metrics nearly tied ("60岁及以上老年网民…，互联网普及率达43.2%"), the figure
  // is held against each and keeps the kindest verdict: an ambiguous sentence is never flagged on a guess.
  let kindest: FigureVerdict | undefined;
  // A count derived from a share ("…:count") is the same subject as the count itself: no tie there.
  const rivals = fitting.filter(
    (other) => other === top || (other.score >= top.score - NEAR_TIE && other.entry.family !== top.entry.family),
  );
  const traced = context.trace?.figures.at(-1);
  for (const reading of traced?.readings ?? [])
    if (rivals.some((rival) => rival.entry.metric === reading.metric)) Object.assign(reading, { judged: true });
  for (const candidate of rivals) {
    const verdict = checkAgainstMetric(quantity, candidate.entry, context);
    if (!kindest || SEVERITY[verdict.verdict] < SEVERITY[kindest.verdict]) kindest = verdict;
  }
  return kindest ?? unverifiable(quantity, "wrong-kind", lang, { metric: metricName(top.entry, lang) });
}

/**
 * A figure no held metric of its kind answers, judged from held observations: a share from a count and its
 * whole, a change or growth from two levels. A change of levels revised between reports may confirm, never flag.
 */
function derivedReading(
  quantity: Quantity,
  candidates: readonly Candidate[],
  entity: string,
  context: SentenceContext,
): FigureVerdict | undefined {
  // "占网民总数的36.5%" of a metric we hold as a count: its share of that whole, derived.
  const share = isMultiple(quantity) ? undefined : derivedShareEntry(quantity, candidates, entity, context);
  if (share) return checkAgainstMetric(quantity, share, context);
  const change = derivedChangeEntry(quantity, candidates);
  if (!change) return undefined;
  const verdict = checkAgainstMetric(quantity, change, context);
  if (verdict.verdict === "accurate" || verdict.verdict === "unverifiable") return verdict;
  return unverifiable(quantity, "no-period", context.lang, { metric: metricName(change, context.lang), period: "" });
}

function tracedFigure(quantity: Quantity, candidates: readonly Candidate[]): TracedFigure {
  const { text, role, unit, qualifier } = quantity;
  const readings = candidates.map(({ entry, score }) => ({ metric: entry.metric, score, judged: false }));
  return { text, role, unit, qualifier, readings };
}

/** The rule that decided a figure: an unverifiable verdict's reason, or the comparison that judged it. */
export function decidingRule(figure: FigureVerdict): string {
  if (figure.reason) return `unverifiable: ${figure.reason}`;
  const verified = figure.verified;
  return verified
    ? `claimed ${figure.claimed.interval.lo}–${figure.claimed.interval.hi} against ${verified.value}${verified.derivedFrom ? ` (derived from ${verified.derivedFrom.join(", ")})` : ""}`
    : figure.verdict;
}

/**
 * A forecast ("expected to pass 1.2 billion") that came true is confirmed; one that did not is not an error.
 * So is a figure for a time after the page was written ("bringing the total to 2.9 million by end-2023" in April
 * 2023): it can only be a plan.
 */
function forecastKept(quantity: Quantity, figure: FigureVerdict, context: SentenceContext): FigureVerdict {
  // A denied or quoted figure is not the writer's, true or not ("not 1.108 billion but 1.2 billion").
  if (figure.verdict !== "unverifiable" && isQuoted(quantity, context.text))
    return unverifiable(quantity, "quoted", context.lang, {});
  if (figure.verdict === "accurate" || figure.verdict === "unverifiable") return figure;
  const fact = figure.factId ? context.index.factsById.get(figure.factId) : undefined;
  const ahead = fact && context.published && periodEnd(fact).slice(0, 7) > context.published.slice(0, 7);
  if (!ahead && !isForecast(quantity, context.text)) return figure;
  return unverifiable(quantity, "forecast", context.lang, { metric: fact ? lowerFirst(fact.label[context.lang]) : "" });
}

/** Each figure against the dataset; one with no subject whose clause points back takes the earlier sentence's. */
export function judgeFigures(
  context: SentenceContext,
  judged: number,
  carriedSubject: string | undefined,
): FigureVerdict[] {
  const { index, text } = context;
  const quantities = context.quantities.slice(0, judged);
  const figures = quantities.map((quantity) => {
    const figure = forecastKept(quantity, checkQuantity(quantity, context), context);
    if (figure.factId && quantity.role === "level" && quantity.unit !== "percent")
      context.previousMetric = index.factsById.get(figure.factId)?.metric;
    return figure;
  });
  if (!carriedSubject || !figures.some((figure) => figure.reason === "no-metric")) return figures;
  const withCarried = [...carriedHits(index, carriedSubject), ...context.hits];
  quantities.forEach((quantity, at) => {
    const refers = refersBack(clauseTextOf(quantity, context), text.slice(quantity.end, quantity.end + 30), quantity);
    if (figures[at]?.reason === "no-metric" && refers)
      figures[at] = forecastKept(
        quantity,
        checkQuantity(quantity, { ...context, hits: withCarried, carriedAlone: refers === "alone" }),
        context,
      );
  });
  return figures;
}
