import { periodEnd } from "../fact-values.ts";
import type { Fact, Period } from "../schema/fact.ts";
import { type DerivedValue, type MetricEntry, type TermHit, ZH_GROUP } from "./fact-index.ts";
import type { ClaimedPeriod } from "./period.ts";
import type { Quantity } from "./quantity.ts";
import { clauseOf, distance, nearestQuantity, type SentenceContext } from "./sentence.ts";

/** Whether an observation's period answers the period a claim names. */
export function periodAnswers(period: Period, claimed: ClaimedPeriod): boolean {
  const year = claimed.year;
  if (year === undefined) return false;
  const y = String(year);
  const month = (m: number) => `${y}-${String(m).padStart(2, "0")}`;
  const endOf = period.kind === "span" ? period.end : period.date;
  if (period.kind === "span") {
    // A span answers only the same span: January-August is not "2024"; a year's end closes its year.
    const wholeYear = claimed.shape === "year" || (claimed.from === 12 && claimed.to === 12);
    if (wholeYear) return period.start === month(1) && period.end === month(12);
    return period.start === month(claimed.from) && period.end === month(claimed.to);
  }
  if (claimed.shape === "year") return endOf.startsWith(`${y}-`);
  return endOf === month(claimed.to);
}

export function entityFor(quantity: Quantity, context: SentenceContext): string {
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

export interface Candidate {
  readonly entry: MetricEntry;
  readonly score: number;
}

export function candidatesFor(quantity: Quantity, entity: string, context: SentenceContext): Candidate[] {
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
    // A change or share with no subject of its own ("…, an increase of 39.35 million") describes the figure before it.
    const previous = context.previousMetric;
    if (previous && entry.metric !== previous && entry.metric.startsWith(`${previous}-`)) score += 20;
    candidates.push({ entry, score });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

const YEAR_EARLIER =
  /^[^.;。；]{0,30}?(a year earlier|a year ago|the previous year|the year before|last year|上年|去年|一年前|上一年)/;

/**
 * When an earlier value is stated ("from 915 million at the end of 2023", "from 1.092 billion a year
 * earlier"), the time it is for: a period written right after it, or a year before the claim's own period.
 */
export function earlierPeriodFor(
  quantity: Quantity,
  entry: MetricEntry,
  context: SentenceContext,
): ClaimedPeriod | undefined {
  const after = context.periods.find((period) => period.start >= quantity.end && period.start - quantity.end <= 25);
  if (after) return after;
  if (!YEAR_EARLIER.test(context.text.slice(quantity.end))) return undefined;
  const current = context.periods.find((period) => !period.base && period.end <= quantity.start);
  const currentEnd = current?.year !== undefined ? { year: current.year, month: current.to } : undefined;
  const latest = entry.facts.at(-1);
  const year = currentEnd?.year ?? (latest ? Number(periodEnd(latest).slice(0, 4)) : undefined);
  if (year === undefined) return undefined;
  const month = currentEnd?.month ?? (latest ? Number(periodEnd(latest).slice(5, 7)) : 12);
  return { start: quantity.end, end: quantity.end, year: year - 1, from: month, to: month, shape: "month", base: true };
}

export type PickedValue = { kind: "fact"; fact: Fact } | { kind: "derived"; derived: DerivedValue };

/** "2025-01-17" against "2025-01": compares only as far as both are written. */
function releasedBy(releaseDate: string, published: string): boolean {
  const length = Math.min(releaseDate.length, published.length);
  return releaseDate.slice(0, length) <= published.slice(0, length);
}

/**
 * Every value that could be the one a claim means: those of its period. With no period stated, the
 * newest one released by the article's date; with no date either, any (the caller keeps the best fit).
 */
export function valuesFor(entry: MetricEntry, claimed: ClaimedPeriod | undefined, published?: string): PickedValue[] {
  const facts = entry.facts.filter((fact) => fact.current);
  if (!claimed) {
    if (published === undefined) {
      const all: PickedValue[] = facts.map((fact) => ({ kind: "fact", fact }));
      return all.length > 0 ? all : entry.derived.map((derived) => ({ kind: "derived", derived }));
    }
    const released = facts.filter((fact) => releasedBy(fact.source.releaseDate, published));
    const newest = released.reduce((latest, fact) => (periodEnd(fact) > latest ? periodEnd(fact) : latest), "");
    const stated: PickedValue[] = released
      .filter((fact) => periodEnd(fact) === newest)
      .map((fact) => ({ kind: "fact", fact }));
    if (stated.length > 0) return stated;
    const derived = entry.derived.filter((value) => value.periodEnd <= published.slice(0, 7)).at(-1);
    return derived ? [{ kind: "derived", derived }] : [];
  }
  const stated: PickedValue[] = facts
    .filter((fact) => periodAnswers(fact.period, claimed))
    .map((fact) => ({ kind: "fact", fact }));
  if (stated.length > 0) return stated;
  return entry.derived
    .filter((value) => periodAnswers({ kind: "instant", date: value.periodEnd }, claimed))
    .map((derived) => ({ kind: "derived", derived }));
}
