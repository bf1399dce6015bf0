import { describe, expect, it } from "vitest";
import { dataset } from "./dataset.ts";
import { inPeriodOrder, seriesCsv, summarizeMetrics } from "./series.ts";

describe("summarizeMetrics", () => {
  it("gives every metric its newest current observation, and null where the entity has none", () => {
    const summaries = summarizeMetrics(dataset.metrics, dataset.facts, "CN");
    expect(summaries).toHaveLength(dataset.metrics.length);
    const users = summaries.find((summary) => summary.id === "internet-users");
    const newest = dataset.facts
      .filter((fact) => fact.metric === "internet-users" && fact.current)
      .map((fact) => (fact.period.kind === "span" ? fact.period.end : fact.period.date))
      .sort()
      .at(-1);
    expect(users?.latest?.period).toMatchObject({ date: newest });
    expect(summarizeMetrics(dataset.metrics, dataset.facts, "US").every((summary) => summary.latest === null)).toBe(
      true,
    );
  });
});

describe("seriesCsv", () => {
  it("writes one row per observation, oldest first, quoting what a spreadsheet would misread", () => {
    const facts = inPeriodOrder(dataset.facts.filter((fact) => fact.metric === "internet-users"));
    const lines = seriesCsv(facts)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("id,period_start,period_end,value,unit,as_published,status,current,source,url");
    expect(lines).toHaveLength(facts.length + 1);
    expect(lines[1]).toContain("cn-internet-users-1997-12");
    const hostile = { ...facts[0], id: "x", asPublished: { text: '=HYPERLINK("a,b")', qualifier: "exact" as const } };
    expect(seriesCsv([hostile as (typeof facts)[number]])).toContain(`"'=HYPERLINK(""a,b"")"`);
  });

  it("keeps a signed figure as printed, and opens as UTF-8 in Excel", () => {
    const [first] = dataset.facts;
    const fall = { ...first, id: "x", asPublished: { text: "-1.3%", qualifier: "exact" as const } } as typeof first;
    const csv = seriesCsv([fall as NonNullable<typeof first>]);
    expect(csv.startsWith("\uFEFFid,")).toBe(true);
    expect(csv).toContain(",-1.3%,");
    expect(csv).not.toContain("'-1.3%");
    const formula = { ...fall, asPublished: { text: "-1+cmd|' /C calc'!A0", qualifier: "exact" as const } };
    expect(seriesCsv([formula as NonNullable<typeof first>])).toContain(`"'-1+cmd|' /C calc'!A0"`);
  });
});
