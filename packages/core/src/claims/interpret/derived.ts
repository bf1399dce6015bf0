import { factInterval, monthIndex, periodEnd } from "../../fact-values.ts";
import { lowerFirst } from "../../format/case.ts";
import { divide, scale, subtract } from "../../interval.ts";
import type { Fact } from "../../schema/fact.ts";
import type { ClaimedPeriod } from "../read/period.ts";
import type { Quantity } from "../read/quantity.ts";
import type { SentenceContext } from "../read/sentence.ts";
import { claimedWhole } from "./claimed-whole.ts";
import type { DerivedValue, MetricEntry } from "./fact-index.ts";
import { periodAnswers, WHOLE_METRIC } from "./match.ts";
/** A count's share of internet users or of the population, from the two observations of each period. */
export function derivedShareEntry(
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

/**
 * A change of a level the dataset records no change of: "up 1.5% from December 2023" of IPv6 blocks, "提升1.2个
 * 百分点" of a rate. Its values are left to `changeBetweenLevels`, from two observations of the level.
 */
export function derivedChangeEntry(
  quantity: Quantity,
  candidates: readonly { readonly entry: MetricEntry }[],
): MetricEntry | undefined {
  if (quantity.role !== "change") return undefined;
  const points = quantity.unit === "percentage-point";
  // Points are a rate's change; a percent is a count's growth (a percent change of a rate is ambiguous).
  const level = candidates.find(
    ({ entry }) =>
      entry.role === "level" &&
      (points ? entry.unit === "percent" : entry.unit !== "percent" && fitsGrowthOrChange(quantity, entry)),
  )?.entry;
  if (!level) return undefined;
  const kind = quantity.unit === "percent" ? "growth" : "change";
  const label = level.exemplar.label;
  const named =
    kind === "growth"
      ? { en: `Growth in ${lowerFirst(label.en)}`, zh: `${label.zh}增长率` }
      : { en: `Change in ${lowerFirst(label.en)}`, zh: `${label.zh}变化` };
  return {
    ...level,
    metric: `${level.metric}:${kind}`,
    kind,
    role: "change",
    family: level.metric,
    unit: kind === "growth" ? "percent" : level.unit,
    facts: [],
    derived: [],
    exemplar: { ...level.exemplar, kind, label: named },
  };
}

function fitsGrowthOrChange(quantity: Quantity, entry: MetricEntry): boolean {
  if (quantity.unit === "percent") return true;
  if (quantity.unit === "CNY" || quantity.unit === "USD") return entry.unit === quantity.unit;
  return quantity.unit === "plain" && entry.unit !== "CNY" && entry.unit !== "USD";
}

/** "YYYY-MM" `months` before another. */
function monthsBefore(yearMonth: string, months: number): string {
  const index = monthIndex(yearMonth) - months - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The month a change is measured from: the base the text names ("较2022年12月", "from December 2023"), twelve
 * months before the end for 同比 or "year on year", or the span it names ("半年", "in six months"). Else none.
 */
function baseMonth(end: string, since: ClaimedPeriod | undefined, elapsed: number | undefined): string | undefined {
  // 同比 names no year (year 0); "than last year" names one, whose end the change runs from.
  if (since?.relative && since.shape === "year" && since.year === 0) return monthsBefore(end, 12);
  if (since?.year !== undefined && since.year > 0) return `${since.year}-${String(since.to).padStart(2, "0")}`;
  return elapsed === undefined ? undefined : monthsBefore(end, elapsed);
}

/**
 * A change between two periods, from the two observations of its level; undefined if either is missing.
 * A growth is their ratio less one, a change (of a count, or of a rate in points) their difference.
 */
export function changeBetweenLevels(
  entry: MetricEntry,
  period: ClaimedPeriod | undefined,
  since: ClaimedPeriod | undefined,
  context: SentenceContext,
  elapsed?: number,
): DerivedValue | undefined {
  if (entry.role !== "change" || period?.year === undefined) return undefined;
  const level = context.index.metrics.find((other) => other.entity === entry.entity && other.metric === entry.family);
  const counts = level?.facts.filter((fact) => fact.current && fact.period.kind !== "span") ?? [];
  // A year of a count is its end: "2023年…同比增长" is December against December.
  const endOf = period.shape === "year" ? { ...period, shape: "month" as const, from: 12, to: 12 } : period;
  const end = counts.find((fact) => periodAnswers(fact.period, endOf));
  const startMonth = end ? baseMonth(periodEnd(end), since, elapsed) : undefined;
  const start = counts.find((fact) => periodEnd(fact) === startMonth);
  if (!end || !start || periodEnd(start) >= periodEnd(end)) return undefined;
  const difference =
    entry.kind === "growth"
      ? (() => {
          const ratio = divide(factInterval(end), factInterval(start));
          return ratio ? scale({ lo: ratio.lo - 1, hi: ratio.hi - 1 }, 100) : undefined;
        })()
      : subtract(factInterval(end), factInterval(start));
  if (!difference) return undefined;
  const precision = entry.kind === "growth" ? 0.1 : Math.max(end.precision, start.precision);
  return {
    periodEnd: periodEnd(end),
    interval: difference,
    value: (difference.lo + difference.hi) / 2,
    precision,
    from: [end, start],
  };
}
