import { periodEnd } from "../fact-values.ts";
import type { Fact } from "../schema/fact.ts";
import type { Finding } from "./rules.ts";

const levelSums = (facts: readonly Fact[]) =>
  facts.filter(
    (fact) =>
      fact.current &&
      fact.kind === "level" &&
      fact.unit === "CNY" &&
      fact.period.kind === "span" &&
      fact.period.start.endsWith("-01") &&
      fact.period.start.slice(0, 4) === fact.period.end.slice(0, 4),
  );

/** A January–N sum is never below the shorter January–M sum of the same year: a sum cannot shrink. */
export function checkCumulativeSums(facts: readonly Fact[]): Finding[] {
  const byYear = new Map<string, Fact[]>();
  for (const fact of levelSums(facts)) {
    const key = `${fact.entity.code}|${fact.metric}|${periodEnd(fact).slice(0, 4)}`;
    byYear.set(key, [...(byYear.get(key) ?? []), fact]);
  }
  const findings: Finding[] = [];
  for (const sums of byYear.values()) {
    const sorted = sums.toSorted((a, b) => (periodEnd(a) < periodEnd(b) ? -1 : 1));
    sorted.forEach((fact, at) => {
      const shorter = sorted[at - 1];
      if (!shorter || fact.value >= shorter.value - shorter.precision) return;
      findings.push({
        factId: fact.id,
        path: ["value"],
        message: `${fact.id} (${fact.value}) is below ${shorter.id} (${shorter.value}), the shorter sum of the same year`,
        hint: "a January–N sum only grows: check both figures and periods against their pages (1-10月 vs 10月份)",
      });
    });
  }
  return findings;
}

/** The months a publisher's series appears in: CNNIC's half-years, NBS's January–N months. */
const EXPECTED: readonly { readonly metric: string; readonly months: readonly string[]; readonly from: string }[] = [
  { metric: "internet-users", months: ["06", "12"], from: "2017-06" },
  {
    metric: "online-retail-sales",
    months: ["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"],
    from: "2018-02",
  },
];

/** Periods a publisher published that a series lacks: reported for review, never refused. */
export function findSeriesGaps(facts: readonly Fact[], until: string): Finding[] {
  const findings: Finding[] = [];
  for (const { metric, months, from } of EXPECTED) {
    const held = new Set(facts.filter((fact) => fact.metric === metric && fact.current).map((fact) => periodEnd(fact)));
    const anchor = facts.filter((fact) => fact.metric === metric).at(-1);
    for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++)
      for (const month of months) {
        const period = `${year}-${month}`;
        // CNNIC's 45th report is dated March 2020 instead of December 2019.
        const expected = metric === "internet-users" && period === "2019-12" ? "2020-03" : period;
        if (expected < from || expected > until || held.has(expected)) continue;
        findings.push({
          factId: anchor?.id ?? metric,
          path: ["period"],
          message: `${metric} has no observation ending ${expected}, a period its publisher published`,
          hint: "add the release (CONTRIBUTING.md: a new report or month), or note why it is missing",
        });
      }
  }
  return findings;
}
