import { periodEnd } from "./fact-values.ts";
import type { Fact, Metric } from "./schema/fact.ts";

/** A metric with the newest current observation of one entity, as /v1/metrics lists it. */
export interface MetricSummary extends Metric {
  readonly latest: Fact | null;
}

/** Each metric's newest current observation for `entity` (a revised or disputed figure is never the latest). */
export function summarizeMetrics(metrics: readonly Metric[], facts: readonly Fact[], entity: string): MetricSummary[] {
  const latest = new Map<string, Fact>();
  for (const fact of facts) {
    if (!fact.current || fact.entity.code !== entity) continue;
    const known = latest.get(fact.metric);
    if (!known || periodEnd(fact) > periodEnd(known)) latest.set(fact.metric, fact);
  }
  return metrics.map((metric) => ({ ...metric, latest: latest.get(metric.id) ?? null }));
}

/** Observations in period order, oldest first; equal periods keep their dataset order. */
export function inPeriodOrder(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => (periodEnd(a) < periodEnd(b) ? -1 : periodEnd(a) > periodEnd(b) ? 1 : 0));
}

const CSV_COLUMNS = [
  "id",
  "period_start",
  "period_end",
  "value",
  "unit",
  "as_published",
  "status",
  "current",
  "source",
  "url",
];

/** A figure as printed ("-1.3%", "+7.2%", "-925万"): a spreadsheet reads it as the number it is, never a formula. */
const PRINTED_NUMBER = /^[+-]?\d[\d.,]*(?:%|万|亿|万亿)?$/;

function csvCell(value: string | number | boolean): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet, unless the cell is just a signed figure.
  const formula = typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !PRINTED_NUMBER.test(text);
  const safe = formula ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || formula ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A series as CSV for a spreadsheet: one observation a row, with where it was read. */
export function seriesCsv(facts: readonly Fact[]): string {
  const rows = facts.map((fact) =>
    [
      fact.id,
      fact.period.kind === "span" ? fact.period.start : fact.period.date,
      periodEnd(fact),
      fact.value,
      fact.unit,
      fact.asPublished.text,
      fact.status,
      fact.current,
      fact.source.id,
      fact.evidence.url,
    ]
      .map(csvCell)
      .join(","),
  );
  // The byte-order mark makes Excel read the file as UTF-8, so 万 and 亿 open as written.
  return `\uFEFF${[CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
