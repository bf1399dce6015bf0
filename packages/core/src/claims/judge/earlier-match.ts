import { periodEnd } from "../../fact-values.ts";
import type { Lang } from "../../format/number.ts";
import { formatPeriod } from "../../format/period.ts";
import type { FigureVerdict } from "../../schema/verdict.ts";
import type { MetricEntry } from "../interpret/fact-index.ts";
import type { Quantity } from "../read/quantity.ts";
import { statesFloor } from "./compare.ts";
import { judgeValue, metricName, unverifiable } from "./verdicts.ts";

const EXPLANATION = {
  en: (metric: string, period: string) =>
    `Unverifiable: it matches the figure for ${metric} (${period}); the sentence names no period, so which date it means is unknown.`,
  zh: (metric: string, period: string) =>
    `无法核实：与${metric}（${period}）的数据相符，但句中未注明时间，不知所指何时。`,
};

/**
 * A figure whose sentence names no period may quote any earlier observation of its metric, not the one the
 * page's date implies: when it agrees with one, it is unverifiable, never refuted.
 */
export function matchesEarlierObservation(
  quantity: Quantity,
  entry: MetricEntry,
  published: string,
  lang: Lang,
): FigureVerdict | undefined {
  // A bound ("fewer than 1 billion", "超8亿") agrees with too many past values to say which one was meant.
  if (quantity.ceiling || statesFloor(quantity)) return undefined;
  const month = published.slice(0, 7);
  const earlier = entry.facts.filter((fact) => periodEnd(fact) <= month).reverse();
  const match = earlier.find(
    (fact) => judgeValue(quantity, entry, { kind: "fact", fact }, lang).verdict === "accurate",
  );
  if (!match) return undefined;
  const verdict = unverifiable(quantity, "no-period", lang, { metric: metricName(entry, lang) });
  return { ...verdict, explanation: EXPLANATION[lang](metricName(entry, lang), formatPeriod(match.period, lang)) };
}
