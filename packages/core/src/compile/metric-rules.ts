import type { Metric } from "../schema/fact.ts";
import type { DatasetProblem } from "./problem.ts";

type Report = (index: number, field: string, message: string, hint: string) => void;

/** What each kind of metric must say about its structure, and the unit that kind is counted in. */
function checkStructure(metric: Metric, index: number, byId: ReadonlyMap<string, Metric>, report: Report): void {
  const { kind, of, whole } = metric;
  if (kind !== "level" && metric.partOf)
    report(index, "partOf", "only a level is part of another level", "move partOf to the level it describes");
  if (kind === "level" && (of || whole))
    report(index, "kind", `a level has no \`of\` or \`whole\``, "drop them, or give the metric its kind");
  if (kind !== "level" && kind !== "share" && !of)
    report(index, "of", `a ${kind} names the metric it is of`, "add `of: <metric id>`");
  if (kind === "share" && !whole)
    report(
      index,
      "whole",
      "a share names what it is counted against",
      "add `whole: internet-users` (or population, …)",
    );
  if (kind !== "change" && kind !== "level" && metric.unit !== "percent")
    report(index, "unit", `a ${kind} is in percent, not ${metric.unit}`, "use unit: percent, or kind: change");
  for (const [field, target] of [
    ["of", of],
    ["whole", whole],
    ["partOf", metric.partOf],
  ] as const) {
    if (target && !byId.has(target))
      report(index, field, `no metric "${target}"`, "name a metric defined in metrics.yaml");
    if (target === metric.id) report(index, field, "a metric cannot be of itself", "name the metric it relates to");
  }
  const base = of ? byId.get(of) : undefined;
  if (kind === "change" && base && base.unit !== metric.unit)
    report(index, "unit", `a change of ${of} is in ${base.unit}, not ${metric.unit}`, `use unit: ${base.unit}`);
}

/** Each metric defined once, and its kind, `of` and `whole` consistent with the metrics they name. */
export function checkMetrics(metrics: readonly Metric[], file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report: Report = (index, field, message, hint) =>
    problems.push({ file, path: ["metrics", index, field], message: `${metrics[index]?.id}: ${message}`, hint });
  const byId = new Map<string, Metric>();
  metrics.forEach((metric, index) => {
    if (byId.has(metric.id))
      report(index, "id", `defined twice`, "keep one definition and merge the other's terms into it");
    byId.set(metric.id, metric);
  });
  metrics.forEach((metric, index) => {
    checkStructure(metric, index, byId, report);
  });
  return problems;
}
