import { monthIndex, periodEnd } from "../fact-values.ts";
import type { Fact } from "../schema/fact.ts";
import type { Finding } from "./rules.ts";

/** A step this many times the series' usual step (and over 10%) is reported for review. */
const JUMP_FACTOR = 4;
const MIN_JUMP = 0.1;

function shapeOf(fact: Fact): string {
  return fact.period.kind === "span" ? `${fact.period.start.slice(5)}-${fact.period.end.slice(5)}` : fact.period.kind;
}

/**
 * Steps between adjacent observations of one series (metric, entity, period shape) far larger than its
 * usual step, per month: a typo (万 for 亿) or a changed definition. Reported for review, not refused.
 */
export function findJumps(facts: readonly Fact[]): Finding[] {
  const series = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.current || fact.relations.some((relation) => relation.type === "change-from")) continue;
    const key = `${fact.metric}|${fact.entity.code}|${shapeOf(fact)}`;
    series.set(key, [...(series.get(key) ?? []), fact]);
  }
  const findings: Finding[] = [];
  for (const points of series.values()) {
    const sorted = points.toSorted((a, b) => (periodEnd(a) < periodEnd(b) ? -1 : 1));
    const steps = sorted.slice(1).flatMap((fact, index) => {
      const before = sorted[index];
      const months = before ? monthIndex(periodEnd(fact)) - monthIndex(periodEnd(before)) : 0;
      if (!before || months <= 0 || before.value <= 0 || fact.value <= 0) return [];
      return [{ fact, before, perMonth: Math.abs(Math.log(fact.value / before.value)) / months, months }];
    });
    if (steps.length < 3) continue;
    const usual = steps.map((step) => step.perMonth).toSorted((a, b) => a - b)[Math.floor(steps.length / 2)] ?? 0;
    for (const step of steps) {
      const change = Math.abs(step.fact.value / step.before.value - 1);
      if (change < MIN_JUMP || step.perMonth <= JUMP_FACTOR * usual) continue;
      findings.push({
        factId: step.fact.id,
        path: ["value"],
        message: `${step.fact.id} is ${(change * 100).toFixed(0)}% off ${step.before.id} over ${step.months} month(s), ${(step.perMonth / (usual || 1)).toFixed(1)}× the series' usual step`,
        hint: "check both figures against their pages (万 vs 亿, a changed definition); if both are right, say why in a note",
      });
    }
  }
  return findings;
}
