import { factInterval } from "../fact-values.ts";
import { formatFigure, type Lang } from "../format/number.ts";
import { formatPeriod } from "../format/period.ts";
import type { Interval } from "../interval.ts";
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
import { claimedInterval, judgeFigure, unitMismatch, unitsComparable } from "./compare.ts";
import {
  type Evidence,
  explainJudgement,
  explainUnverifiable,
  explainWrongDirection,
  explainWrongUnit,
  lowerFirst,
} from "./explain.ts";
import { FactIndex, type MetricEntry } from "./fact-index.ts";
import { candidatesFor, earlierPeriodFor, entityFor, type PickedValue, valuesFor } from "./match.ts";
import { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./normalize.ts";
import { notStatistic } from "./not-statistic.ts";
import { type ClaimedPeriod, extractPeriods, parseAnchor, resolvePeriod } from "./period.ts";
import { extractQuantities, type Quantity } from "./quantity.ts";
import { clauseOf, clauseStarts, nearestPeriod, type SentenceContext } from "./sentence.ts";

export interface CheckOptions {
  /** When the text was published (YYYY-MM-DD or YYYY-MM): resolves "last year" and "as of June". */
  readonly published?: string | undefined;
  /** The period an earlier sentence of the same article stated, for a sentence that states none. */
  readonly carriedPeriod?: ClaimedPeriod | undefined;
  /** Check against this fact only (the widget's `data-fact`): no matching, every figure compared with it. */
  readonly fact?: string | undefined;
  /** The language of the explanation; detected from the claim when absent. */
  readonly lang?: Lang | undefined;
}

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

function claimedPeriodText(period: ClaimedPeriod, lang: Lang): string {
  const year = period.year ?? "";
  const month = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
  if (period.shape === "year") return lang === "zh" ? `${year}年` : `in ${year}`;
  if (period.shape === "range")
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
  const claimed = toClaimed(quantity);
  const base = { span: [quantity.start, quantity.end] as [number, number], factId: fact.id, claimed, verified };
  if (unitMismatch(quantity.unit, fact.unit)) {
    return { ...base, verdict: "inaccurate", explanation: explainWrongUnit(quantity.text, evidence, lang) };
  }
  if (quantity.role === "change" && quantity.direction === "down" && verified.value > 0) {
    return { ...base, verdict: "inaccurate", explanation: explainWrongDirection(quantity.text, evidence, lang) };
  }
  const verdict = judgeFigure(claimed.interval, verified.interval, verified.value);
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
  const best = candidates[0];
  if (!best) return unverifiable(quantity, "no-metric", lang);
  const fitting = candidates.find(
    ({ entry }) =>
      entry.role === quantity.role &&
      (unitsComparable(quantity.unit, entry.unit) || unitMismatch(quantity.unit, entry.unit)),
  );
  if (!fitting) return unverifiable(quantity, "wrong-kind", lang, { metric: metricName(best.entry, lang) });

  const { entry } = fitting;
  const stated = quantity.earlier
    ? earlierPeriodFor(quantity, entry, context)
    : nearestPeriod(
        quantity,
        context.periods.filter(
          (candidate) =>
            !context.quantities.some(
              (other) => other.earlier && candidate.start >= other.end && candidate.start - other.end <= 25,
            ),
        ),
        false,
      );
  if (quantity.earlier && !stated)
    return unverifiable(quantity, "no-period", lang, {
      metric: metricName(entry, lang),
      period: lang === "zh" ? "此前" : "at that earlier date",
    });
  // A period the claim names but whose year nothing tells is never assumed.
  const period = stated ? resolvePeriod(stated, context.anchor, context.carried) : context.carried;
  if (stated && !period)
    return unverifiable(quantity, "no-period", lang, {
      metric: metricName(entry, lang),
      period: lang === "zh" ? "（未注明年份）" : "(no year given)",
    });
  if (quantity.role === "change") {
    const since = nearestPeriod(quantity, context.periods, true);
    const relation = entry.facts.at(-1)?.relations.find((candidate) => candidate.type === "change-from");
    if (
      since?.year !== undefined &&
      relation?.type === "change-from" &&
      Number(relation.since.slice(0, 4)) !== since.year
    ) {
      return unverifiable(quantity, "no-period", lang, {
        metric: metricName(entry, lang),
        period: lang === "zh" ? `较${since.year}年` : `since ${since.year}`,
      });
    }
  }
  const values = valuesFor(entry, period, context.published);
  if (values.length === 0)
    return unverifiable(quantity, "no-period", lang, {
      metric: metricName(entry, lang),
      period: period ? claimedPeriodText(period, lang) : "",
    });
  // Where the claim leaves the moment open, any moment it could mean is fair: never flag a true figure.
  let closest: FigureVerdict | undefined;
  // Latest first, so a tie names the newest figure.
  for (const value of values.toReversed()) {
    const verdict = judgeValue(quantity, entry, value, lang);
    if (!closest || SEVERITY[verdict.verdict] < SEVERITY[closest.verdict]) closest = verdict;
  }
  return closest ?? unverifiable(quantity, "no-period", lang);
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
  const derivedFact: Fact = { ...entry.exemplar, unit: entry.unit };
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

function summarize(
  claim: string,
  lang: Lang,
  figures: FigureVerdict[],
  reason?: UnverifiableReason,
  ignored: IgnoredNumber[] = [],
): ClaimCheck {
  const judgedFigures = figures.filter((figure) => figure.verdict !== "unverifiable");
  if (judgedFigures.length === 0) {
    const why = reason ?? "no-figure";
    return {
      claim,
      lang,
      verdict: "unverifiable",
      explanation: explainUnverifiable(why, lang),
      factId: null,
      claimed: null,
      verified: null,
      reason: figures[0]?.reason ?? why,
      figures,
      judged: 0,
      ignored,
    };
  }
  // A figure the dataset cannot judge does not sink the ones it can: it is counted, not held against the claim.
  const verdict = worstVerdict(judgedFigures.map((figure) => figure.verdict));
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
    ignored,
  };
}

/** Checks every figure in a sentence against the dataset; never throws, whatever the input. */
export function checkClaimWith(
  index: FactIndex,
  input: unknown,
  options: CheckOptions = {},
  defaultEntity = "CN",
): ClaimCheck {
  const claim = typeof input === "string" ? input.slice(0, MAX_CLAIM_LENGTH) : "";
  const lang = options.lang ?? detectLanguage(claim);
  try {
    const text = normalizeClaim(claim);
    if (options.fact !== undefined) {
      const fact = index.factsById.get(options.fact);
      if (!fact) return summarize(claim, lang, [], "unknown-fact");
      const quantities = extractQuantities(text).map((quantity) => ({
        ...quantity,
        text: claim.slice(quantity.start, quantity.end).trim(),
      }));
      return summarize(claim, lang, checkAgainstFact(quantities, fact, lang));
    }
    const hits = index.findTerms(text);
    const anchor = parseAnchor(options.published);
    const ignored: IgnoredNumber[] = [];
    let previous: Quantity | undefined;
    // A number inside a matched term ("aged 60 and above") is part of a name, not a figure.
    const quantities = extractQuantities(text)
      .map((quantity) => ({ ...quantity, text: claim.slice(quantity.start, quantity.end).trim() }))
      .filter((quantity) => {
        const why = notStatistic(quantity, text, previous);
        previous = quantity;
        if (why) ignored.push({ text: quantity.text, span: [quantity.start, quantity.end], why });
        return !why && !hits.some((hit) => hit.target >= 0 && hit.start < quantity.end && quantity.start < hit.end);
      });
    const periods = extractPeriods(text, anchor).filter(
      (period) => !quantities.some((quantity) => quantity.start < period.end && period.start < quantity.end),
    );
    const starts = clauseStarts(text);
    const figureClauses = new Set(quantities.map((quantity) => clauseOf(quantity.start, starts)));
    const context: SentenceContext = {
      index,
      text,
      lang,
      hits,
      quantities,
      periods,
      clauseStarts: starts,
      figureClauses,
      defaultEntity,
      anchor,
      carried: options.carriedPeriod,
      published: anchor ? options.published : undefined,
    };
    return summarize(
      claim,
      lang,
      quantities.map((quantity) => {
        const figure = checkQuantity(quantity, context);
        if (figure.factId && quantity.role === "level" && quantity.unit !== "percent")
          context.previousMetric = index.factsById.get(figure.factId)?.metric;
        return figure;
      }),
      undefined,
      ignored,
    );
  } catch {
    // Defensive: a bug must cost one claim its verdict, not the caller its request.
    return summarize(claim, lang, [], "no-figure");
  }
}

export interface ClaimChecker {
  readonly index: FactIndex;
  checkClaim(claim: unknown, options?: CheckOptions): ClaimCheck;
}

/** Builds the index once; checks are then independent of the dataset's size. */
export function createClaimChecker(dataset: Pick<Dataset, "facts" | "entities">, defaultEntity = "CN"): ClaimChecker {
  const index = new FactIndex(dataset.facts, dataset.entities);
  return { index, checkClaim: (claim, options) => checkClaimWith(index, claim, options, defaultEntity) };
}
