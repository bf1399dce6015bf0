import { factInterval, periodEnd } from "../fact-values.ts";
import { formatFigure, type Lang } from "../format/number.ts";
import { formatPeriod } from "../format/period.ts";
import type { Interval } from "../interval.ts";
import type { Dataset, Fact, Period } from "../schema/fact.ts";
import type {
  ClaimCheck,
  ClaimedFigure,
  FigureVerdict,
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
} from "./explain.ts";
import { type DerivedValue, FactIndex, type MetricEntry, type TermHit, ZH_GROUP } from "./fact-index.ts";
import { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./normalize.ts";
import { type ClaimedPeriod, extractPeriods } from "./period.ts";
import { extractQuantities, type Quantity } from "./quantity.ts";

export interface CheckOptions {
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

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function periodMatches(end: string, period: Period | undefined, claimed: ClaimedPeriod): boolean {
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  if (year !== claimed.year) return false;
  if (claimed.month === undefined) return true;
  if (period?.kind === "span") return claimed.month === month;
  return claimed.month === month;
}

function claimedPeriodText(period: ClaimedPeriod, lang: Lang): string {
  if (lang === "zh") return period.month ? `${period.year}年${period.month}月` : `${period.year}年`;
  if (!period.month) return `in ${period.year}`;
  return `in ${formatPeriod({ kind: "by", date: `${period.year}-${String(period.month).padStart(2, "0")}` }, "en").slice(3)}`;
}

function metricName(entry: MetricEntry, lang: Lang): string {
  const label = entry.exemplar.label[lang];
  return lang === "en" && /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

interface Context {
  readonly index: FactIndex;
  readonly text: string;
  readonly lang: Lang;
  readonly hits: readonly TermHit[];
  readonly quantities: readonly Quantity[];
  readonly periods: readonly ClaimedPeriod[];
  readonly clauseStarts: readonly number[];
  readonly figureClauses: ReadonlySet<number>;
  readonly defaultEntity: string;
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

function entityFor(quantity: Quantity, context: Context): string {
  let best: { code: string; distance: number; region: boolean } | undefined;
  for (const hit of context.hits) {
    if (hit.target >= 0) continue;
    const entity = context.index.entities[-1 - hit.target];
    if (!entity) continue;
    const region = entity.scope === "region";
    const candidate = { code: entity.code, distance: distance(quantity, hit), region };
    // A named country outranks a region ("China ... the world's largest"), then nearer outranks farther.
    if (!best || (best.region && !region) || (best.region === region && candidate.distance < best.distance))
      best = candidate;
  }
  return best?.code ?? context.defaultEntity;
}

interface Candidate {
  readonly entry: MetricEntry;
  readonly score: number;
}

function candidatesFor(quantity: Quantity, entity: string, context: Context): Candidate[] {
  // For each metric, the hit of each of its term groups nearest to the figure.
  const nearest = new Map<number, Map<number, TermHit>>();
  for (const hit of context.hits) {
    if (hit.target < 0) continue;
    const entry = context.index.metrics[hit.target];
    if (!entry || entry.entity !== entity) continue;
    const byGroup = nearest.get(hit.target) ?? new Map<number, TermHit>();
    nearest.set(hit.target, byGroup);
    const closest = byGroup.get(hit.group);
    if (!closest || distance(quantity, hit) < distance(quantity, closest)) byGroup.set(hit.group, hit);
  }
  const candidates: Candidate[] = [];
  const clause = clauseOf(quantity.start, context.clauseStarts);
  for (const [target, byGroup] of nearest) {
    const entry = context.index.metrics[target];
    if (!entry) continue;
    const matchedEn = [...byGroup.keys()].filter((group) => group < ZH_GROUP).length;
    const lang =
      matchedEn === entry.groupCount.en ? "en" : byGroup.size - matchedEn === entry.groupCount.zh ? "zh" : undefined;
    if (!lang) continue;
    let score = 0;
    for (const [group, hit] of byGroup) {
      if (group >= ZH_GROUP !== (lang === "zh")) continue;
      const length = hit.end - hit.start;
      const hitClause = clauseOf(hit.start, context.clauseStarts);
      // Terms in the figure's own clause say what it measures, unless they stand nearer another figure;
      // a clause with no figure ("…, engage in online shopping") describes every figure.
      if (hitClause === clause)
        score +=
          nearestQuantity(hit, context.quantities, hitClause, context.clauseStarts) === quantity
            ? 12 + length
            : 0.5 * length;
      else if (context.figureClauses.has(hitClause)) score += 0.5 * length - 15;
      else score += 6 + 0.5 * length;
      score -= 0.05 * distance(quantity, hit);
    }
    candidates.push({ entry, score });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

const CLAUSE_BREAK = /[,;:，；：、]|\s(?:while|whereas|along with|with|but)\s|而|同时|其中/g;

function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    // A comma between digits is a thousands separator, not a clause break.
    if (match[0] === "," && /\d/.test(text[match.index - 1] ?? "") && /\d/.test(text[match.index + 1] ?? "")) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

function clauseOf(position: number, starts: readonly number[]): number {
  let clause = 0;
  while (clause + 1 < starts.length && (starts[clause + 1] ?? Infinity) <= position) clause++;
  return clause;
}

function nearestQuantity(
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

const YEAR_EARLIER =
  /^[^.;。；]{0,30}?(a year earlier|a year ago|the previous year|the year before|last year|上年|去年|一年前|上一年)/;

/**
 * When an earlier value is stated ("from 915 million at the end of 2023", "from 1.092 billion a year
 * earlier"), the time it is for: a period written right after it, or a year before the claim's own period.
 */
function earlierPeriodFor(quantity: Quantity, entry: MetricEntry, context: Context): ClaimedPeriod | undefined {
  const after = context.periods.find((period) => period.start >= quantity.end && period.start - quantity.end <= 25);
  if (after) return after;
  if (!YEAR_EARLIER.test(context.text.slice(quantity.end))) return undefined;
  const current = context.periods.find((period) => !period.base && period.end <= quantity.start);
  const currentEnd = current ? { year: current.year, month: current.month ?? 12 } : undefined;
  const latest = entry.facts.at(-1);
  const year = currentEnd?.year ?? (latest ? Number(periodEnd(latest).slice(0, 4)) : undefined);
  if (year === undefined) return undefined;
  const month = currentEnd?.month ?? (latest ? Number(periodEnd(latest).slice(5, 7)) : 12);
  return { start: quantity.end, end: quantity.end, year: year - 1, month, base: true };
}

function nearestPeriod(
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

type PickedValue = { kind: "fact"; fact: Fact } | { kind: "derived"; derived: DerivedValue } | undefined;

function pickValue(entry: MetricEntry, claimed: ClaimedPeriod | undefined): PickedValue {
  if (!claimed) {
    const latest = entry.facts.at(-1);
    if (latest) return { kind: "fact", fact: latest };
    const derived = entry.derived.at(-1);
    return derived ? { kind: "derived", derived } : undefined;
  }
  const stated = entry.facts.filter((fact) => periodMatches(periodEnd(fact), fact.period, claimed)).at(-1);
  if (stated) return { kind: "fact", fact: stated };
  const derived = entry.derived.find((value) => periodMatches(value.periodEnd, undefined, claimed));
  return derived ? { kind: "derived", derived } : undefined;
}

function checkQuantity(quantity: Quantity, context: Context): FigureVerdict {
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
  const period = quantity.earlier
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
  if (quantity.earlier && !period)
    return unverifiable(quantity, "no-period", lang, {
      metric: metricName(entry, lang),
      period: lang === "zh" ? "此前" : "at that earlier date",
    });
  if (quantity.role === "change") {
    const since = nearestPeriod(quantity, context.periods, true);
    const relation = entry.facts.at(-1)?.relations.find((candidate) => candidate.type === "change-from");
    if (since && relation?.type === "change-from" && Number(relation.since.slice(0, 4)) !== since.year) {
      return unverifiable(quantity, "no-period", lang, {
        metric: metricName(entry, lang),
        period: lang === "zh" ? `较${since.year}年` : `since ${since.year}`,
      });
    }
  }
  const picked = pickValue(entry, period);
  if (!picked)
    return unverifiable(quantity, "no-period", lang, {
      metric: metricName(entry, lang),
      period: period ? claimedPeriodText(period, lang) : "",
    });
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

function summarize(claim: string, lang: Lang, figures: FigureVerdict[], reason?: UnverifiableReason): ClaimCheck {
  if (figures.length === 0) {
    const why = reason ?? "no-figure";
    return {
      claim,
      lang,
      verdict: "unverifiable",
      explanation: explainUnverifiable(why, lang),
      factId: null,
      claimed: null,
      verified: null,
      reason: why,
      figures,
    };
  }
  const verdict = worstVerdict(figures.map((figure) => figure.verdict));
  const decisive = figures.find((figure) => figure.verdict === verdict) ?? figures[0];
  const explanation =
    figures.length > 1 && verdict !== "accurate"
      ? figures
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
    // A number inside a matched term ("aged 60 and above") is part of a name, not a figure.
    const quantities = extractQuantities(text)
      .map((quantity) => ({ ...quantity, text: claim.slice(quantity.start, quantity.end).trim() }))
      .filter(
        (quantity) => !hits.some((hit) => hit.target >= 0 && hit.start < quantity.end && quantity.start < hit.end),
      );
    const periods = extractPeriods(text).filter(
      (period) => !quantities.some((quantity) => quantity.start < period.end && period.start < quantity.end),
    );
    const starts = clauseStarts(text);
    const figureClauses = new Set(quantities.map((quantity) => clauseOf(quantity.start, starts)));
    const context: Context = {
      index,
      text,
      lang,
      hits,
      quantities,
      periods,
      clauseStarts: starts,
      figureClauses,
      defaultEntity,
    };
    return summarize(
      claim,
      lang,
      quantities.map((quantity) => checkQuantity(quantity, context)),
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
