import { divide, type Interval, intervalOf, subtract } from "./interval.ts";
import type { Fact, Relation } from "./schema/fact.ts";

/** The values a fact admits: its published figure read with its own precision and qualifier. */
export function factInterval(fact: Pick<Fact, "value" | "precision" | "asPublished">): Interval {
  return intervalOf(fact.value, fact.precision, fact.asPublished.qualifier);
}

/** The month a fact's period ends: where it sits on a timeline. */
export function periodEnd(fact: Pick<Fact, "period">): string {
  return fact.period.kind === "span" ? fact.period.end : fact.period.date;
}

/** "2024-06" as a count of months, so two periods subtract. */
export const monthIndex = (yearMonth: string): number =>
  Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7));

/** The fact a relation describes: the part a share is of, the level a change is of; none for part-of. */
export function describedFactId(relation: Relation): string | undefined {
  if (relation.type === "share-of") return relation.part;
  if (relation.type === "change-from") return relation.of;
  return undefined;
}

/** The earlier value a change implies, or undefined where the publisher's method forbids deriving it. */
export function derivedEarlierValue(of: Fact, change: Fact): Interval | undefined {
  const relation = change.relations.find((candidate) => candidate.type === "change-from");
  if (relation?.type !== "change-from" || relation.comparableBasis) return undefined;
  const current = factInterval(of);
  const delta = factInterval(change);
  if (relation.measure === "absolute") return subtract(current, delta);
  return divide(current, { lo: 1 + delta.lo / 100, hi: 1 + delta.hi / 100 });
}
