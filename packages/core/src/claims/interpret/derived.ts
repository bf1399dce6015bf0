import { factInterval, periodEnd } from "../../fact-values.ts";
import { divide, scale, subtract } from "../../interval.ts";
import type { Fact } from "../../schema/fact.ts";
import type { ClaimedPeriod } from "../read/period.ts";
import type { Quantity } from "../read/quantity.ts";
import type { SentenceContext } from "../read/sentence.ts";
import type { DerivedValue, MetricEntry } from "./fact-index.ts";
import { claimedWhole, periodAnswers, WHOLE_METRIC } from "./match.ts";
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

/** A change between two stated periods, from the two observations of its level; undefined if either is missing. */
export function changeBetweenLevels(
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
