import { factInterval, monthIndex, periodEnd } from "../fact-values.ts";
import { formatFigure, type Lang } from "../format/number.ts";
import { formatPeriod } from "../format/period.ts";
import { divide, type Interval, scale, subtract } from "../interval.ts";
import type { Dataset, Fact, Period } from "../schema/fact.ts";
import type {
  ClaimCheck,
  ClaimedFigure,
  FigureVerdict,
  IgnoredNumber,
  UnverifiableReason,
  Verdict,
  VerifiedFigure,
} from "../schema/verdict.ts";
import { carriedHits, refersBack } from "./interpret/carried-subject.ts";
import {
  type DerivedValue,
  FactIndex,
  isMetricHit,
  type MetricEntry,
  type MetricHit,
  type TermHit,
} from "./interpret/fact-index.ts";
import { pairRespectively } from "./interpret/lists.ts";
import {
  type Candidate,
  candidatesFor,
  claimedWhole,
  earlierPeriodFor,
  entityFor,
  type PickedValue,
  periodAnswers,
  releasedBy,
  valuesFor,
  WHOLE_METRIC,
} from "./interpret/match.ts";
import { claimedInterval, IMPRECISE_TOLERANCE, judgeFigure, unitMismatch, unitsComparable } from "./judge/compare.ts";
import {
  type Evidence,
  explainJudgement,
  explainUnverifiable,
  explainWrongDirection,
  explainWrongUnit,
  lowerFirst,
} from "./judge/explain.ts";
import { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./read/normalize.ts";
import { isForecast, isQuoted, notStatistic } from "./read/not-statistic.ts";
import { type ClaimedPeriod, extractPeriods, parseAnchor, releaseDateIn, resolvePeriod } from "./read/period.ts";
import { extractQuantities, type Quantity } from "./read/quantity.ts";
import {
  clauseOf,
  clauseStarts,
  clauseTextOf,
  nearestPeriod,
  numbersByClause,
  type SentenceContext,
} from "./read/sentence.ts";
import { findSubPopulations } from "./read/sub-population.ts";
import { type ClaimTrace, emptyTrace, type TracedFigure, traceTokens } from "./trace.ts";

export interface CheckOptions {
  /** When the text was published (YYYY-MM-DD or YYYY-MM): resolves "last year" and "as of June". */
  readonly published?: string | undefined;
  /** The period an earlier sentence of the same article stated, for a sentence that states none. */
  readonly carriedPeriod?: ClaimedPeriod | undefined;
  /** Words naming an earlier sentence's subject, for a sentence that points back to it ("the number rose…"). */
  readonly carriedSubject?: string | undefined;
  /** Judge at most this many figures (≤ MAX_FIGURES_PER_CLAIM): a batch shares one budget among its claims. */
  readonly maxFigures?: number | undefined;
  /** Check against this fact only (the widget's `data-fact`): no matching, every figure compared with it. */
  readonly fact?: string | undefined;
  /** The language of the explanation; detected from the claim when absent. */
  readonly lang?: Lang | undefined;
  /** Attach a trace: the tokens read, the readings weighed with their scores, the rule behind each verdict. */
  readonly trace?: boolean | undefined;
}

/** A check with its trace, when `trace` was asked for. */
export type TracedCheck = ClaimCheck & { readonly trace?: ClaimTrace };

/**
 * Work per claim is bounded whatever its shape: at most this many figures are judged (the rest are
 * counted as not checked), and only the numbers and terms near them are read.
 */
export const MAX_FIGURES_PER_CLAIM = 12;
/** Term hits read per figure judged: a sentence's words, not a page's. */
const TERM_HITS_PER_FIGURE = 24;

/** A plain figure this many times larger or smaller than the verified value measures something else. */
const MAGNITUDE_GAP = 20;

const SEVERITY: Record<Verdict, number> = { accurate: 0, unverifiable: 1, imprecise: 2, inaccurate: 3 };

/** The worst of several verdicts: a sentence is as wrong as its wrongest figure. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (worst, verdict) => (SEVERITY[verdict] > SEVERITY[worst] ? verdict : worst),
    "accurate",
  );
}

function toClaimed(quantity: Quantity): ClaimedFigure {
  return {
    text: quantity.text,
    value: quantity.value,
    unit: quantity.unit,
    qualifier: quantity.qualifier,
    role: quantity.role,
    interval: claimedInterval(quantity),
  };
}

/**
 * A fall the dataset records as a negative change ("下降3.9%", "减少925万" against -3.9, -925万) is that
 * negative number; a change with no direction word is read the way the record runs.
 */
function signedAgainst(claimed: ClaimedFigure, quantity: Quantity, verifiedValue: number): ClaimedFigure {
  if (quantity.role !== "change" || quantity.direction === "up" || verifiedValue >= 0 || claimed.interval.lo < 0)
    return claimed;
  return { ...claimed, value: -claimed.value, interval: { lo: -claimed.interval.hi, hi: -claimed.interval.lo } };
}

function claimedPeriodText(period: ClaimedPeriod, lang: Lang): string {
  const year = period.year ?? "";
  const month = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
  if (period.shape === "year") return lang === "zh" ? `${year}年` : `in ${year}`;
  if (period.shape === "range" && period.from !== period.to)
    return formatPeriod({ kind: "span", start: month(period.from), end: month(period.to) }, lang);
  if (lang === "zh") return `${year}年${period.to}月`;
  return `in ${formatPeriod({ kind: "by", date: month(period.to) }, "en").slice(3)}`;
}

function metricName(entry: MetricEntry, lang: Lang): string {
  const label = entry.exemplar.label[lang];
  return lang === "en" ? lowerFirst(label) : label;
}

function unverifiable(
  quantity: Quantity,
  reason: UnverifiableReason,
  lang: Lang,
  details: Parameters<typeof explainUnverifiable>[2] = {},
): FigureVerdict {
  return {
    verdict: "unverifiable",
    explanation: explainUnverifiable(reason, lang, details),
    span: [quantity.start, quantity.end],
    factId: null,
    claimed: toClaimed(quantity),
    verified: null,
    reason,
  };
}

function verifiedFigure(
  fact: Fact,
  interval: Interval,
  value: number,
  precision: number,
  derivedFrom?: readonly Fact[],
): VerifiedFigure {
  const figure = { value, unit: fact.unit, precision };
  return {
    value,
    unit: fact.unit,
    interval,
    text: { en: formatFigure(figure, "en"), zh: formatFigure(figure, "zh") },
    ...(derivedFrom ? { derivedFrom: derivedFrom.map((from) => from.id) } : {}),
  };
}

/** Compares one claimed figure with one verified value: the verdict and its one-line reason. */
function judge(
  quantity: Quantity,
  fact: Fact,
  verified: VerifiedFigure,
  period: Period,
  lang: Lang,
  derivedFrom?: readonly Fact[],
): FigureVerdict {
  const evidence: Evidence = { fact, text: verified.text, period, derivedFrom };
  const claimed = signedAgainst(toClaimed(quantity), quantity, verified.value);
  const base = { span: [quantity.start, quantity.end] as [number, number], factId: fact.id, claimed, verified };
  if (unitMismatch(quantity.unit, fact.unit)) {
    // "$15.52 trillion" for 15.52 trillion yuan is the wrong currency; "$2.1 trillion" is a conversion we do not make.
    if (judgeFigure(claimed.interval, verified.interval, verified.value) === "inaccurate")
      return unverifiable(quantity, "other-currency", lang);
    return { ...base, verdict: "inaccurate", explanation: explainWrongUnit(quantity.text, evidence, lang) };
  }
  const rose = quantity.direction === "up" && verified.value < 0;
  if (quantity.role === "change" && (rose || (quantity.direction === "down" && verified.value > 0))) {
    const said = rose ? "up" : "down";
    return { ...base, verdict: "inaccurate", explanation: explainWrongDirection(quantity.text, evidence, lang, said) };
  }
  // "超300万", "more than a billion" state a floor: a verified value above it makes the figure true, however loose.
  const floorHolds =
    (quantity.qualifier === "over" || quantity.qualifier === "at-least") &&
    claimed.interval.lo >= 0 &&
    verified.interval.hi > claimed.interval.lo;
  const verdict = floorHolds ? "accurate" : judgeFigure(claimed.interval, verified.interval, verified.value);
  const claimedMid = (claimed.interval.lo + claimed.interval.hi) / 2;
  const offBy = verified.value === 0 ? 0 : (Math.abs(claimedMid - verified.value) / Math.abs(verified.value)) * 100;
  return { ...base, verdict, explanation: explainJudgement(verdict, quantity.text, evidence, offBy, lang) };
}

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
  if (!top) {
    // "占网民总数的36.5%" of a metric we hold as a count: its share of that whole, derived.
    const share = derivedShareEntry(quantity, candidates, entity, context);
    if (share) return checkAgainstMetric(quantity, share, context);
    return unverifiable(quantity, "wrong-kind", lang, { metric: metricName(best.entry, lang) });
  }
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

function tracedFigure(quantity: Quantity, candidates: readonly Candidate[]): TracedFigure {
  const { text, role, unit, qualifier } = quantity;
  const readings = candidates.map(({ entry, score }) => ({ metric: entry.metric, score, judged: false }));
  return { text, role, unit, qualifier, readings };
}

/** The rule that decided a figure: an unverifiable verdict's reason, or the comparison that judged it. */
function decidingRule(figure: FigureVerdict): string {
  if (figure.reason) return `unverifiable: ${figure.reason}`;
  const verified = figure.verified;
  return verified
    ? `claimed ${figure.claimed.interval.lo}–${figure.claimed.interval.hi} against ${verified.value}${verified.derivedFrom ? ` (derived from ${verified.derivedFrom.join(", ")})` : ""}`
    : figure.verdict;
}

/** "rate" alone: a growth rate as often as a share. "usage rate" and "penetration rate" are shares. */
const BARE_RATE =
  /(?<!penetration |usage |adoption |popularity |utili[sz]ation |take-up |internet |使用|普及|渗透)(?:\brate\b|比率)/;

/** A count's share of internet users or of the population, from the two observations of each period. */
function derivedShareEntry(
  quantity: Quantity,
  candidates: readonly { readonly entry: MetricEntry }[],
  entity: string,
  context: SentenceContext,
): MetricEntry | undefined {
  const whole = quantity.unit === "percent" ? claimedWhole(quantity, context.text) : undefined;
  const part = candidates.find(({ entry }) => entry.role === "level" && entry.unit === "person")?.entry;
  // A share within another group of users is derived from nothing we hold.
  const wholeEntry =
    whole === "netizens" || whole === "population"
      ? context.index.metrics.find((entry) => entry.entity === entity && entry.metric === WHOLE_METRIC[whole])
      : undefined;
  if (!part || !wholeEntry || part === wholeEntry) return undefined;
  const derived: DerivedValue[] = [];
  for (const fact of part.facts.filter((candidate) => candidate.current)) {
    const of = wholeEntry.facts.find((candidate) => candidate.current && periodEnd(candidate) === periodEnd(fact));
    const ratio = of ? divide(factInterval(fact), factInterval(of)) : undefined;
    if (!of || !ratio) continue;
    const interval = scale(ratio, 100);
    derived.push({
      periodEnd: periodEnd(fact),
      interval,
      value: (interval.lo + interval.hi) / 2,
      precision: 0.1,
      from: [fact, of],
    });
  }
  const label = part.exemplar.label;
  const exemplar: Fact = {
    ...part.exemplar,
    unit: "percent",
    label:
      whole === "netizens"
        ? { en: `${label.en} as a share of internet users`, zh: `${label.zh}占网民的比例` }
        : { en: `${label.en} as a share of the population`, zh: `${label.zh}占人口的比例` },
  };
  return {
    ...part,
    metric: `${part.metric}:share-of-${whole}`,
    unit: "percent",
    kind: "share",
    whole: wholeEntry.metric,
    facts: [],
    derived,
    exemplar,
  };
}

/** What stands between an earlier value and its own period: "from 915 million at the end of 2023". */
const EARLIER_PERIOD_GAP = /^\s*(?:人|户|个)?\s*(?:at|in|as of|by|的)?\s*(?:the end of\s*)?$/;

/** Scores within this of the best match are a tie the words cannot break. */
const NEAR_TIE = 12;

/** The period the claim states for a figure: its own, or for an earlier value ("from 915 million in 2023"), that one's. */
function statedPeriodFor(quantity: Quantity, entry: MetricEntry, context: SentenceContext): ClaimedPeriod | undefined {
  if (quantity.earlier) return earlierPeriodFor(quantity, entry, context);
  // A period right after an earlier value ("from 915 million at the end of 2023"), or right before it
  // ("从2017年底的97.5%升至98.3%"), is that value's, not this figure's.
  const periods = context.periods.filter(
    (candidate) =>
      !context.quantities.some(
        (other) =>
          other.earlier &&
          ((candidate.start >= other.end && EARLIER_PERIOD_GAP.test(context.text.slice(other.end, candidate.start))) ||
            (other.start >= candidate.end && /^\s*的?\s*$/.test(context.text.slice(candidate.end, other.start)))),
      ),
  );
  const nearest = nearestPeriod(quantity, periods, false, context);
  return pairedLaterPeriod(quantity, nearest, context) ?? nearest;
}

/**
 * "from 648 million to 1.012 billion between 2018 and 2022": the later value of a from-to pair takes the
 * second of two periods that pair up with the two values, not the first.
 */
function pairedLaterPeriod(
  quantity: Quantity,
  nearest: ClaimedPeriod | undefined,
  context: SentenceContext,
): ClaimedPeriod | undefined {
  if (!nearest || nearest.start < quantity.end) return undefined;
  const position = context.quantities.indexOf(quantity);
  const before = position > 0 ? context.quantities[position - 1] : undefined;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  if (!before?.earlier || clauseOf(before.start, context.clauseStarts) !== clause) return undefined;
  return context.periods.find(
    (next) => !next.base && next.start >= nearest.end && next.start - nearest.end <= 8 && next.year !== undefined,
  );
}

/**
 * Of the values a claim may mean, the one that judges it kindest: where the claim leaves the moment open,
 * any moment it could mean is fair. Weighed as numbers; only the chosen one is put into words.
 */
function kindestValue(quantity: Quantity, values: readonly PickedValue[]): PickedValue | undefined {
  const claimed = claimedInterval(quantity);
  const bare = !/[万亿]|illion|thousand|\d(?:bn|mn|k)\b/i.test(quantity.text);
  let chosen: PickedValue | undefined;
  let chosenSeverity = Number.POSITIVE_INFINITY;
  // Latest first, so a tie names the newest figure.
  for (const value of values.toReversed()) {
    const verified = value.kind === "fact" ? value.fact.value : value.derived.value;
    // A bare number twenty times off is not a wrong figure but another quantity ("68,055 blocks", "29.5 hours").
    const ratio = Math.abs(quantity.value / (verified || 1));
    if (quantity.unit === "plain" && bare && (ratio > MAGNITUDE_GAP || ratio < 1 / MAGNITUDE_GAP)) continue;
    const interval = value.kind === "fact" ? factInterval(value.fact) : value.derived.interval;
    const severity = SEVERITY[judgeFigure(claimed, interval, verified)];
    if (severity < chosenSeverity) {
      chosen = value;
      chosenSeverity = severity;
    }
  }
  return chosen;
}

/**
 * "上半年", "by the end of June" with no year anywhere: the figure may be confirmed by that period of any year
 * the series holds, never refuted — which year was meant is unknown.
 */
function confirmedInSomeYear(
  quantity: Quantity,
  entry: MetricEntry,
  stated: ClaimedPeriod,
  since: ClaimedPeriod | undefined,
  context: SentenceContext,
): FigureVerdict {
  const { lang } = context;
  // A floor ("超500万") holds in too many years to confirm anything.
  const floor = quantity.qualifier === "over" || quantity.qualifier === "at-least";
  const years = floor ? new Set<number>() : new Set(entry.facts.map((fact) => Number(periodEnd(fact).slice(0, 4))));
  const values = [...years].flatMap((year) => valuesFor(entry, { ...stated, year }, undefined, since));
  const chosen = kindestValue(quantity, values);
  const confirmed = chosen && judgeValue(quantity, entry, chosen, lang);
  if (confirmed?.verdict === "accurate") return confirmed;
  return unverifiable(quantity, "no-period", lang, {
    metric: metricName(entry, lang),
    period: lang === "zh" ? "（未注明年份）" : "(no year given)",
  });
}

const YEAR_ON_YEAR =
  /同比|过去一年|过去12个月|近一年|year[- ]on[- ]year|\byoy\b|(?:in|over) the (?:past|last) (?:year|12 months)|from a year (?:earlier|ago)/;

/** "同比增长8.3%", "in the past year": a change over twelve months, whatever the sentence's other periods. */
function yearOnYear(quantity: Quantity, context: SentenceContext): ClaimedPeriod | undefined {
  if (!YEAR_ON_YEAR.test(clauseTextOf(quantity, context))) return undefined;
  return {
    start: quantity.start,
    end: quantity.start,
    year: 0,
    from: 1,
    to: 12,
    shape: "year",
    base: true,
    relative: true,
  };
}

function checkAgainstMetric(quantity: Quantity, entry: MetricEntry, context: SentenceContext): FigureVerdict {
  const { lang } = context;
  const metric = metricName(entry, lang);
  const stated = statedPeriodFor(quantity, entry, context);
  if (quantity.earlier && !stated)
    return unverifiable(quantity, "no-period", lang, {
      metric,
      period: lang === "zh" ? "此前" : "at that earlier date",
    });
  // A period the claim names but whose year nothing tells is never assumed.
  const base = context.periods.find((candidate) => candidate.base && candidate.year !== undefined);
  const period = stated ? resolvePeriod(stated, context.anchor, context.carried, base) : context.carried;
  // "较2023年12月增长": only a change measured from that base answers it.
  const since =
    quantity.role === "change"
      ? (nearestPeriod(quantity, context.periods, true, context) ?? yearOnYear(quantity, context))
      : undefined;
  if (stated && !period) return confirmedInSomeYear(quantity, entry, stated, since, context);
  const values = yearEndOnly(valuesFor(entry, period, context.published, since), period, context.published);
  // "up 20.67 million from June 2023": no recorded change spans that, but two recorded levels may.
  // Levels are revised between reports, so their difference can confirm a change but never refute one.
  const between = values.length === 0 ? changeBetweenLevels(entry, period, since, context) : undefined;
  const confirmed = between && judgeValue(quantity, entry, { kind: "derived", derived: between }, lang);
  if (confirmed?.verdict === "accurate") return confirmed;
  if (values.length === 0)
    return unverifiable(quantity, "no-period", lang, { metric, period: period ? claimedPeriodText(period, lang) : "" });
  const chosen = kindestValue(quantity, values);
  if (!chosen) return unverifiable(quantity, "wrong-kind", lang, { metric });
  const closest = judgeValue(quantity, entry, chosen, lang);
  if (closest.verdict !== "accurate" && period && mayBeYearEnd(quantity, entry, period, values))
    return unverifiable(quantity, "no-period", lang, { metric, period: claimedPeriodText(period, lang) });
  // With neither a period nor an article date, a figure can be confirmed, never refuted: when it was true is unknown.
  if (
    !period &&
    closest.verdict !== "accurate" &&
    (context.published === undefined || mayBeNewer(quantity, entry, context.published))
  )
    return unverifiable(quantity, "no-period", lang, { metric, period: "" });
  // A year we supplied ("by December" in a January dateline) that lands on a figure the page could not yet
  // have seen is a wrong guess: it may confirm, never refute.
  if (stated && stated.year === undefined && closest.verdict !== "accurate" && context.published) {
    const published = context.published;
    // A release known only to the month is unseen by a page of that month too: which came first is unknown.
    const release = chosen.kind === "fact" ? chosen.fact.source.releaseDate : undefined;
    const unseen =
      release !== undefined
        ? !releasedBy(release, published) || (release.length === 7 && published.startsWith(release))
        : chosen.kind === "derived" && chosen.derived.periodEnd >= published.slice(0, 7);
    if (unseen) return unverifiable(quantity, "no-period", lang, { metric, period: "" });
  }
  return closest;
}

/**
 * "1.506 million 5G base stations in 2022", written once December's count was out: the year's end is meant,
 * not February's. Before that (or with no page date) any month of the year may be meant.
 */
function yearEndOnly(
  values: PickedValue[],
  period: ClaimedPeriod | undefined,
  published: string | undefined,
): PickedValue[] {
  if (period?.shape !== "year" || period.year === undefined || !published) return values;
  const year = period.year;
  const yearEnd = values.filter(
    (value) =>
      value.kind === "fact" && countAtYearEnd(value.fact, year) && releasedBy(value.fact.source.releaseDate, published),
  );
  return yearEnd.length > 0 ? yearEnd : values;
}

/** A count at the end of December of `year`, the figure "in <year>" means. */
function countAtYearEnd(fact: Fact, year: number): boolean {
  return fact.period.kind !== "span" && periodEnd(fact) === `${year}-12`;
}

/**
 * "648 million in 2018" of a count: the year's end is meant, or any month of it. Where the December figure is
 * not held, a figure from earlier in the year may confirm the claim; it is refuted only when it lies beyond
 * anything the series could have reached by December (between the year's last figure and the next one held).
 */
function mayBeYearEnd(
  quantity: Quantity,
  entry: MetricEntry,
  period: ClaimedPeriod,
  values: readonly PickedValue[],
): boolean {
  if (period.shape !== "year" || period.year === undefined || entry.role !== "level") return false;
  const year = period.year;
  const december = `${year}-12`;
  // Only counts earlier in the year are held: December's, or a derived value, settles the claim.
  const onlyEarlierCounts = values.every(
    (value) => value.kind === "fact" && value.fact.period.kind !== "span" && !countAtYearEnd(value.fact, year),
  );
  if (!onlyEarlierCounts || values.length === 0) return false;
  const stocks = entry.facts.filter((fact) => fact.current && fact.period.kind !== "span");
  const lastInYear = stocks.filter((fact) => periodEnd(fact) < december).at(-1);
  const nextAfter = stocks.find((fact) => periodEnd(fact) > december);
  if (!lastInYear || !nextAfter) return true;
  const reach = {
    lo: Math.min(lastInYear.value, nextAfter.value) * (1 - IMPRECISE_TOLERANCE),
    hi: Math.max(lastInYear.value, nextAfter.value) * (1 + IMPRECISE_TOLERANCE),
  };
  const claimed = claimedInterval(quantity);
  return claimed.hi >= reach.lo && claimed.lo <= reach.hi;
}

/**
 * A figure stated without a period may be from a month the dataset does not hold: it is not refuted while it
 * lies between the values the series took in the year before the article, or where that year's growth
 * would have carried the latest value by the article's date.
 */
function mayBeNewer(quantity: Quantity, entry: MetricEntry, published: string): boolean {
  const stocks = entry.facts.filter((fact) => fact.current && fact.period.kind !== "span");
  const publishedMonth = monthIndex(published.slice(0, 7));
  // Sums over a span (January to the latest month) grow all year: when the newest one held ends more than two
  // months before the page, the page may cite a later one ("6.6 trillion yuan" for January–September).
  if (stocks.length === 0 && entry.facts.length > 0) {
    const spans = entry.facts.filter((fact) => fact.current && releasedBy(fact.source.releaseDate, published));
    const newest = Math.max(...spans.map((fact) => monthIndex(periodEnd(fact))));
    return spans.length === 0 || newest < publishedMonth - 2;
  }
  const recent = stocks.filter((fact) => {
    const month = monthIndex(periodEnd(fact));
    return month <= publishedMonth && month > publishedMonth - 12;
  });
  const latest = recent.at(-1);
  if (!latest) return false;
  const latestMonth = monthIndex(periodEnd(latest));
  const earlier = stocks.filter((fact) => monthIndex(periodEnd(fact)) <= latestMonth - 3);
  const yearEarlier = earlier.filter((fact) => monthIndex(periodEnd(fact)) <= latestMonth - 12).at(-1) ?? earlier[0];
  const perMonth = yearEarlier
    ? (latest.value - yearEarlier.value) / (latestMonth - monthIndex(periodEnd(yearEarlier)))
    : 0;
  // The page may cite a figure newer than any held: allow the trend from the latest figure to the page's
  // date and two months more (at least a quarter). A share or rate may turn either way (the rural share
  // went 28.9, 29.8, 28.2); a count keeps its trend.
  const drift = perMonth * Math.min(12, Math.max(3, publishedMonth - latestMonth + 2));
  const turns = entry.unit === "percent" ? Math.abs(drift) : 0;
  const ranges = recent.map((fact) => factInterval(fact));
  const plausible = {
    lo: Math.min(latest.value + drift, latest.value - turns, ...ranges.map((range) => range.lo)),
    hi: Math.max(latest.value + drift, latest.value + turns, ...ranges.map((range) => range.hi)),
  };
  const claimed = claimedInterval(quantity);
  return claimed.lo <= plausible.hi && plausible.lo <= claimed.hi;
}

/** A change between two stated periods, from the two observations of its level; undefined if either is missing. */
function changeBetweenLevels(
  entry: MetricEntry,
  period: ClaimedPeriod | undefined,
  since: ClaimedPeriod | undefined,
  context: SentenceContext,
): DerivedValue | undefined {
  if (entry.role !== "change" || period?.year === undefined || since?.year === undefined) return undefined;
  const level = context.index.metrics.find((other) => other.entity === entry.entity && other.metric === entry.family);
  const at = (claimed: ClaimedPeriod) =>
    level?.facts.find((fact) => fact.current && fact.period.kind !== "span" && periodAnswers(fact.period, claimed));
  const end = at(period);
  const start = at({ ...since, shape: "month" });
  if (!end || !start || periodEnd(start) >= periodEnd(end)) return undefined;
  const difference =
    entry.unit === "percent"
      ? (() => {
          const ratio = divide(factInterval(end), factInterval(start));
          return ratio ? scale({ lo: ratio.lo - 1, hi: ratio.hi - 1 }, 100) : undefined;
        })()
      : subtract(factInterval(end), factInterval(start));
  if (!difference) return undefined;
  const precision = entry.unit === "percent" ? 0.1 : Math.max(end.precision, start.precision);
  return {
    periodEnd: periodEnd(end),
    interval: difference,
    value: (difference.lo + difference.hi) / 2,
    precision,
    from: [end, start],
  };
}

function judgeValue(quantity: Quantity, entry: MetricEntry, picked: PickedValue, lang: Lang): FigureVerdict {
  if (picked.kind === "fact") {
    const { fact } = picked;
    return judge(
      quantity,
      fact,
      verifiedFigure(fact, factInterval(fact), fact.value, fact.precision),
      fact.period,
      lang,
    );
  }
  const { derived } = picked;
  // Named by an observation it was computed from: the metric's exemplar may be of another period altogether.
  const derivedFact: Fact = { ...entry.exemplar, id: derived.from[0]?.id ?? entry.exemplar.id, unit: entry.unit };
  const periodOfValue: Period = { kind: "instant", date: derived.periodEnd };
  return judge(
    quantity,
    derivedFact,
    verifiedFigure(derivedFact, derived.interval, derived.value, derived.precision, derived.from),
    periodOfValue,
    lang,
    derived.from,
  );
}

function checkAgainstFact(quantities: readonly Quantity[], fact: Fact, lang: Lang): FigureVerdict[] {
  const verified = verifiedFigure(fact, factInterval(fact), fact.value, fact.precision);
  return quantities.map((quantity) => {
    if (!unitsComparable(quantity.unit, fact.unit) && !unitMismatch(quantity.unit, fact.unit)) {
      return unverifiable(quantity, "wrong-kind", lang, { metric: fact.label[lang] });
    }
    return judge(quantity, fact, verified, fact.period, lang);
  });
}

/** Some figures verified, none wrong, some not judged: unverifiable, saying which were verified (k of n). */
function partlyVerified(
  claim: string,
  lang: Lang,
  figures: FigureVerdict[],
  ignored: IgnoredNumber[],
  notChecked: number,
): ClaimCheck {
  const judged = figures.filter((figure) => figure.verdict !== "unverifiable").length;
  const total = figures.length + notChecked;
  const firstUnjudged = figures.find((figure) => figure.verdict === "unverifiable");
  const lead = lang === "zh" ? `${total}个数字中${judged}个已核实。` : `${judged} of ${total} figures verified. `;
  return {
    claim,
    lang,
    verdict: "unverifiable",
    explanation: `${lead}${firstUnjudged?.explanation ?? ""}`.trim(),
    factId: null,
    claimed: null,
    verified: null,
    reason: firstUnjudged?.reason ?? "no-period",
    figures,
    judged,
    notChecked,
    ignored,
  };
}

function summarize(
  claim: string,
  lang: Lang,
  figures: FigureVerdict[],
  reason?: UnverifiableReason,
  ignored: IgnoredNumber[] = [],
  notChecked = 0,
): ClaimCheck {
  const judgedFigures = figures.filter((figure) => figure.verdict !== "unverifiable");
  if (judgedFigures.length === 0) {
    const why = reason ?? "no-figure";
    return {
      claim,
      lang,
      verdict: "unverifiable",
      // Figures read but none judged: say why for the first, not that the text states none.
      explanation: figures[0]?.explanation ?? explainUnverifiable(why, lang),
      factId: null,
      claimed: null,
      verified: null,
      reason: figures[0]?.reason ?? why,
      figures,
      judged: 0,
      notChecked,
      ignored,
    };
  }
  // A wrong figure sinks the sentence; a sentence is accurate only when every statistic in it is.
  const worst = worstVerdict(judgedFigures.map((figure) => figure.verdict));
  const unjudged = figures.length - judgedFigures.length + notChecked;
  if (worst === "accurate" && unjudged > 0) return partlyVerified(claim, lang, figures, ignored, notChecked);
  const verdict = worst;
  const decisive = judgedFigures.find((figure) => figure.verdict === verdict) ?? judgedFigures[0];
  const explanation =
    figures.length > 1 && verdict !== "accurate"
      ? judgedFigures
          .filter((figure) => figure.verdict !== "accurate")
          .map((figure) => figure.explanation)
          .join(" ")
      : (decisive?.explanation ?? "");
  return {
    claim,
    lang,
    verdict,
    explanation,
    factId: decisive?.factId ?? null,
    claimed: decisive?.claimed ?? null,
    verified: decisive?.verified ?? null,
    ...(decisive?.reason ? { reason: decisive.reason } : {}),
    figures,
    judged: judgedFigures.length,
    notChecked,
    ignored,
  };
}

/** A metric's name inside a longer name of another metric ("视频用户" in "短视频用户") names nothing of its own. */
function withoutNestedTerms(index: FactIndex, hits: readonly TermHit[]): TermHit[] {
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

/** A claim pinned to one fact (the widget's data-fact): every figure compared with that fact, no matching. */
function checkPinned(index: FactIndex, claim: string, text: string, factId: string, lang: Lang): ClaimCheck {
  const fact = index.factsById.get(factId);
  if (!fact) return summarize(claim, lang, [], "unknown-fact");
  const quantities = extractQuantities(text)
    .slice(0, MAX_FIGURES_PER_CLAIM)
    .map((quantity) => ({ ...quantity, text: claim.slice(quantity.start, quantity.end).trim() }));
  return summarize(claim, lang, checkAgainstFact(quantities, fact, lang));
}

interface FiguresRead {
  /** Every number outside a term, statistic or not. */
  readonly numbers: Quantity[];
  /** The statistics read, at most MAX_FIGURES_PER_CLAIM: each one's reading may lean on the others. */
  readonly quantities: Quantity[];
  /** How many of them, from the first, to judge: a batch's budget cuts what is judged, never what is read. */
  readonly judged: number;
  readonly ignored: IgnoredNumber[];
  readonly notChecked: number;
}

/** Which numbers are statistics to judge: not part of a name ("aged 60 and above"), not years or durations. */
function figuresOf(claim: string, text: string, read: readonly Quantity[], hits: readonly TermHit[], cap: number) {
  const ignored: IgnoredNumber[] = [];
  let previous: Quantity | undefined;
  const numbers = read
    .map((quantity) => ({ ...quantity, text: claim.slice(quantity.start, quantity.end).trim() }))
    .filter(
      (quantity) => !hits.some((hit) => isMetricHit(hit) && hit.start < quantity.end && quantity.start < hit.end),
    );
  const statistics = numbers.filter((quantity) => {
    const why = notStatistic(quantity, text, previous);
    previous = quantity;
    if (why) ignored.push({ text: quantity.text, span: [quantity.start, quantity.end], why });
    return !why;
  });
  const quantities = statistics.slice(0, MAX_FIGURES_PER_CLAIM);
  const judged = Math.min(cap, quantities.length);
  return { numbers, quantities, judged, ignored, notChecked: statistics.length - judged } satisfies FiguresRead;
}

/** Everything every figure's check reads, read once: periods, clauses, lists, sub-populations. */
function readSentence(
  index: FactIndex,
  read: { readonly text: string; readonly readEnd: number; readonly hits: TermHit[]; readonly figures: FiguresRead },
  lang: Lang,
  options: CheckOptions,
  defaultEntity: string,
): SentenceContext {
  const { text, readEnd, hits } = read;
  const { numbers, quantities } = read.figures;
  const anchor = parseAnchor(options.published);
  const periods = extractPeriods(text.slice(0, readEnd), anchor).filter(
    (period) => !quantities.some((quantity) => quantity.start < period.end && period.start < quantity.end),
  );
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
function judgeFigures(context: SentenceContext, judged: number, carriedSubject: string | undefined): FigureVerdict[] {
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

/** Checks every figure in a sentence against the dataset; never throws, whatever the input. */
export function checkClaimWith(
  index: FactIndex,
  input: unknown,
  options: CheckOptions = {},
  defaultEntity = "CN",
): TracedCheck {
  const claim = typeof input === "string" ? input.slice(0, MAX_CLAIM_LENGTH) : "";
  const lang = options.lang ?? detectLanguage(claim);
  try {
    const text = normalizeClaim(claim);
    if (options.fact !== undefined) return checkPinned(index, claim, text, options.fact, lang);
    // Read no further than the words around the last number read: a long claim costs its first figures only.
    // The reading never depends on options.maxFigures, so a budget-cut answer judges its figures as a full one.
    const cap = Math.max(1, Math.min(MAX_FIGURES_PER_CLAIM, options.maxFigures ?? MAX_FIGURES_PER_CLAIM));
    const numbersRead = 2 * MAX_FIGURES_PER_CLAIM;
    const read = extractQuantities(text, numbersRead);
    const readEnd = read.length >= numbersRead ? Math.min(text.length, (read.at(-1)?.end ?? 0) + 240) : text.length;
    const hits = withoutNestedTerms(
      index,
      index.findTerms(text.slice(0, readEnd), TERM_HITS_PER_FIGURE * MAX_FIGURES_PER_CLAIM),
    );
    const figures = figuresOf(claim, text, read, hits, cap);
    const { ignored, notChecked } = figures;
    // With no statistic to date, reading the periods would be work for nothing.
    if (figures.quantities.length === 0) return summarize(claim, lang, [], "no-figure", ignored, notChecked);
    // A sentence that names when its report came out is dated by that, not by the article or the sentence before.
    const released = releaseDateIn(text.slice(0, readEnd), parseAnchor(options.published));
    const dated = released ? { ...options, published: released, carriedPeriod: undefined } : options;
    const trace = options.trace ? emptyTrace() : undefined;
    const context = { ...readSentence(index, { text, readEnd, hits, figures }, lang, dated, defaultEntity), trace };
    if (trace)
      traceTokens(trace, claim, { ...figures, statistics: figures.quantities, periods: context.periods }, hits, index);
    const verdicts = judgeFigures(context, figures.judged, options.carriedSubject);
    const result: TracedCheck = summarize(claim, lang, verdicts, undefined, ignored, notChecked);
    if (!trace) return result;
    verdicts.forEach((verdict, at) => {
      const figure =
        trace.figures.find((traced) => traced.text === verdict.claimed.text && traced.verdict === undefined) ??
        trace.figures[at];
      if (figure)
        Object.assign(figure, { verdict: verdict.verdict, factId: verdict.factId, rule: decidingRule(verdict) });
    });
    return { ...result, trace };
  } catch {
    // Defensive: a bug must cost one claim its verdict, not the caller its request.
    return summarize(claim, lang, [], "no-figure");
  }
}

export interface ClaimChecker {
  readonly index: FactIndex;
  checkClaim(claim: unknown, options?: CheckOptions): TracedCheck;
}

/**
 * Builds the index once; checks are then independent of the dataset's size. For a part of a dataset (the
 * facts one check needs), `entitiesWithFacts` names the entities the whole dataset has facts for.
 */
export function createClaimChecker(
  dataset: Pick<Dataset, "facts" | "entities"> & { readonly entitiesWithFacts?: Iterable<string> },
  defaultEntity = "CN",
): ClaimChecker {
  const index = new FactIndex(dataset.facts, dataset.entities, dataset.entitiesWithFacts);
  return { index, checkClaim: (claim, options) => checkClaimWith(index, claim, options, defaultEntity) };
}
