import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";
import { periodAnswers } from "../interpret/match.ts";
import { normalizeClaim } from "./normalize.ts";
import { extractPeriods } from "./period.ts";

const read = (text: string, published?: { year: number; month: number }) =>
  extractPeriods(normalizeClaim(text), published).map(({ year, from, to, shape, fromYear, recogniser }) => ({
    year,
    from,
    to,
    shape,
    ...(fromYear !== undefined ? { fromYear } : {}),
    recogniser,
  }));

describe("named periods", () => {
  it("reads a five-year plan's end as its final year-end, and its years as ending there", () => {
    expect(read('到"十三五"末，5G基站达71.8万个')).toEqual([
      { year: 2020, from: 12, to: 12, shape: "month", recogniser: "period.zh.plan-end" },
    ]);
    expect(read("十四五期间，我国5G基站达483.8万个")).toEqual([
      { year: 2025, from: 12, to: 12, shape: "month", fromYear: 2021, recogniser: "period.zh.plan-years" },
    ]);
    expect(read("高于十四五规划目标")).toEqual([]);
  });

  it("reads the first quarters of a year as their months", () => {
    const firstThree = { year: 2024, from: 1, to: 9, shape: "range" };
    expect(read("2024年前三个季度")).toEqual([{ ...firstThree, recogniser: "period.zh.first-quarters" }]);
    expect(read("2024年1-3季度")).toEqual([{ ...firstThree, recogniser: "period.zh.first-quarters" }]);
    expect(read("2024年一至三季度")).toEqual([{ ...firstThree, recogniser: "period.zh.first-quarters" }]);
    expect(read("2024年前3季度")).toEqual([{ ...firstThree, recogniser: "period.zh.first-quarters" }]);
    expect(read("in q1-q3 2024")).toEqual([{ ...firstThree, recogniser: "period.en.quarter-code-range" }]);
    expect(read("in the first two quarters of 2024")).toEqual([
      { year: 2024, from: 1, to: 6, shape: "range", recogniser: "period.en.first-quarters" },
    ]);
  });

  it("reads a quarter's end as an instant, its last month", () => {
    expect(read("截至2024年三季度末")).toEqual([
      { year: 2024, from: 9, to: 9, shape: "month", recogniser: "period.zh.quarter-end" },
    ]);
    expect(read("一季度末")).toEqual([
      { year: undefined, from: 3, to: 3, shape: "month", recogniser: "period.zh.quarter-end" },
    ]);
    expect(read("by the end of the third quarter of 2024")).toEqual([
      { year: 2024, from: 9, to: 9, shape: "month", recogniser: "period.en.quarter-end" },
    ]);
  });

  it("reads the first two months as January–February", () => {
    const janFeb = { year: 2024, from: 1, to: 2, shape: "range" };
    expect(read("the first two months of 2024")).toEqual([{ ...janFeb, recogniser: "period.en.first-months" }]);
    expect(read("2024年1-2月份")).toEqual([{ ...janFeb, recogniser: "period.zh.month-range" }]);
    expect(read("2024年1—2月")).toEqual([{ ...janFeb, recogniser: "period.zh.month-range" }]);
  });

  it("reads a range whose first month carries its own 月 as one range", () => {
    expect(read("2023年1月至10月，网上零售额增长")).toEqual([
      { year: 2023, from: 1, to: 10, shape: "range", recogniser: "period.zh.month-range" },
    ]);
    expect(read("2023年2月-4月")).toEqual([
      { year: 2023, from: 2, to: 4, shape: "range", recogniser: "period.zh.month-range" },
    ]);
  });

  it("reads dates in Chinese numerals as their digits", () => {
    expect(read("截至二〇二〇年十二月")).toEqual([
      { year: 2020, from: 12, to: 12, shape: "month", recogniser: "period.zh.numeral-month" },
    ]);
    expect(read("二零二一年六月")).toEqual([
      { year: 2021, from: 6, to: 6, shape: "month", recogniser: "period.zh.numeral-month" },
    ]);
    expect(read("截至二〇二〇年底")).toEqual([
      { year: 2020, from: 12, to: 12, shape: "month", recogniser: "period.zh.numeral-year-end" },
    ]);
  });
});

describe("named periods meet the observations they name", () => {
  const checker = createClaimChecker(dataset);
  const verdict = (text: string, published?: string) =>
    checker.checkClaim(text, published ? { published } : {}).figures[0];

  it("confirms a count dated in Chinese numerals against that month, and refutes another month's", () => {
    expect(verdict("截至二〇二〇年十二月，我国网民规模达9.89亿")?.verdict).toBe("accurate");
    expect(verdict("截至二〇二〇年十二月，我国网民规模达9.04亿")?.verdict).not.toBe("accurate");
  });

  it("confirms a count at a quarter's end against that quarter's last month", () => {
    expect(verdict("截至2024年三季度末，我国5G基站总数达408.9万个")?.verdict).toBe("accurate");
  });

  it("reads 'as of March' on a page of April 2020 as March 2020, the 45th CNNIC report's date", () => {
    expect(verdict("China had 904 million internet users as of March", "2020-04-28")?.verdict).toBe("accurate");
  });

  it("answers a plan's years with a count at its end, never with one year's span", () => {
    const [planYears] = extractPeriods(normalizeClaim("十四五期间，我国5G基站新增355万个"));
    if (!planYears) throw new Error("十四五期间 not read");
    expect(periodAnswers({ kind: "instant", date: "2025-12" }, planYears)).toBe(true);
    expect(periodAnswers({ kind: "span", start: "2025-01", end: "2025-12" }, planYears)).toBe(false);
  });
});

describe("a span after from or between", () => {
  const bases = (text: string) => extractPeriods(normalizeClaim(text)).map((period) => period.base);

  it("is the figure's span, whichever link joins its months", () => {
    expect(bases("Online retail sales from January to April 2024 rose 11.5%")).toEqual([false]);
    expect(bases("Online retail sales from January through April 2024 rose 11.5%")).toEqual([false]);
  });

  it("is still a base when it is one month", () => {
    expect(bases("Users rose 2% from April 2024")).toEqual([true]);
  });
});
