import { describe, expect, it } from "vitest";
import { normalizeClaim } from "./normalize.ts";
import { extractPeriods, parseAnchor } from "./period.ts";
import { extractQuantities } from "./quantity.ts";

const read = (text: string) =>
  extractQuantities(normalizeClaim(text)).map(({ value, precision, unit, qualifier, role, direction }) => ({
    value,
    precision,
    unit,
    qualifier,
    role,
    direction,
  }));

describe("extractQuantities", () => {
  it.each([
    ["1.108bn", 1.108e9, 1e6, "plain"],
    ["1,108,000,000", 1.108e9, 1e6, "plain"],
    ["１１．０８亿", 1.108e9, 1e6, "plain"],
    ["15.52万亿元", 1.552e13, 1e10, "CNY"],
    ["RMB 15.52 trillion", 1.552e13, 1e10, "CNY"],
    ["$3 billion", 3e9, 1e9, "USD"],
    ["78.6 per cent", 78.6, 0.1, "percent"],
    ["百分之七十", 70, 1, "percent"],
    ["近七成", 70, 10, "percent"],
    ["近8成", 80, 10, "percent"],
    ["双11成交额", 11, 1, "plain"],
    ["647,000", 647_000, 1000, "plain"],
    ["3.5 percentage points", 3.5, 0.1, "percentage-point"],
    ["7 in 10", 70, 5, "percent"],
    ["three quarters", 75, 5, "percent"],
    ["四分之三", 75, 5, "percent"],
  ])("reads %s", (text, value, precision, unit) => {
    const [quantity] = read(text);
    expect(quantity?.value).toBeCloseTo(value as number);
    expect(quantity?.precision).toBeCloseTo(precision as number);
    expect(quantity?.unit).toBe(unit);
  });

  it.each([
    ["over 1.1 billion", "over"],
    ["topped 1.1 billion", "over"],
    ["has passed 42 percent", "over"],
    ["nearly 70 percent", "nearly"],
    ["about 71 percent", "about"],
    ["at least 331 million", "at-least"],
    ["超过11亿", "over"],
    ["近11亿", "nearly"],
    ["约11亿", "about"],
    ["11亿多", "over"],
    ["达11.08亿", "exact"],
  ])("reads the hedge in %s", (text, qualifier) => {
    expect(read(text)[0]?.qualifier).toBe(qualifier);
  });

  it("reads a garbled percent as printed, and not the digit glued after it", () => {
    expect(read("penetration reaching 7%8 in June")).toEqual([expect.objectContaining({ value: 7, unit: "percent" })]);
  });

  it("tells changes from levels, and their direction", () => {
    expect(read("rose by 6.5 percent year on year to 13.08 trillion yuan").map((q) => q.role)).toEqual([
      "change",
      "level",
    ]);
    expect(read("an increase of 59.5 million")[0]).toMatchObject({ role: "change", direction: "up" });
    expect(read("sales fell 3 percent")[0]).toMatchObject({ role: "change", direction: "down" });
    expect(read("a 7.2 percent increase")[0]?.role).toBe("change");
    expect(read("同比增长7.2%")[0]?.role).toBe("change");
    expect(read("made up 49.5 percent")[0]?.role).toBe("level");
    expect(read("the carriers had put up more than 90,000 towers")[0]?.role).toBe("level");
  });

  it("reads a percent after a change, its base and ', or' as that change restated", () => {
    expect(read("subscribers rose by 3.2 million from the end of 2023, or 4.1%").map((q) => q.role)).toEqual([
      "change",
      "change",
    ]);
    expect(read("a gain of 8 million users since June, or 2.5 percent").map((q) => q.role)).toEqual([
      "change",
      "change",
    ]);
    // Without ", or" the percent after a base is the level reached: "up 2 points from a year earlier to 42 percent".
    expect(read("rose 2.1 percentage points from a year earlier to 42.8 percent").map((q) => q.role)).toEqual([
      "change",
      "level",
    ]);
  });

  it("reads a count followed by 'added' as a change, not the level", () => {
    expect(read("with 12 million subscribers added over the year")[0]?.role).toBe("change");
    expect(read("reached 80 million, 3.4 million added in the quarter")[1]?.role).toBe("change");
  });

  it("does not read fractions inside words or ordinals as figures", () => {
    expect(read("in the third quarter")).toHaveLength(0);
    expect(read("someone in ten minutes")).toHaveLength(0);
  });

  it("does not read years, ordinals or names as figures", () => {
    expect(read("In 2024, the 55th report on 5G and IPv6 blocks/32 came out on December 17")).toHaveLength(1);
    expect(read("2024年12月")).toHaveLength(0);
    expect(read("第55次报告")).toHaveLength(0);
  });
});

describe("extractPeriods", () => {
  it("reads months, years and year ends, and marks the base of a change", () => {
    const periods = extractPeriods(
      normalizeClaim("974 million in December 2024, up from the end of 2023; 截至2024年11月"),
    );
    expect(periods.map(({ year, to, base }) => ({ year, month: to, base }))).toEqual([
      { year: 2024, month: 12, base: false },
      { year: 2023, month: 12, base: true },
      { year: 2024, month: 11, base: false },
    ]);
  });

  it("reads half-years, month ranges and months with no year, and resolves relative years against a date", () => {
    const read = (text: string, published?: string) =>
      extractPeriods(normalizeClaim(text), parseAnchor(published)).map(({ year, from, to, shape }) => ({
        year,
        from,
        to,
        shape,
      }));
    expect(read("2024年上半年")).toEqual([{ year: 2024, from: 1, to: 6, shape: "range" }]);
    expect(read("in the first half of 2025")).toEqual([{ year: 2025, from: 1, to: 6, shape: "range" }]);
    expect(read("2025年1—10月")).toEqual([{ year: 2025, from: 1, to: 10, shape: "range" }]);
    expect(read("January-October 2025")).toEqual([{ year: 2025, from: 1, to: 10, shape: "range" }]);
    expect(read("截至6月")).toEqual([{ year: undefined, from: 6, to: 6, shape: "month" }]);
    expect(read("as of June")).toEqual([{ year: undefined, from: 6, to: 6, shape: "month" }]);
    expect(read("last year", "2025-03-02")).toEqual([{ year: 2024, from: 1, to: 12, shape: "year" }]);
    expect(read("去年底", "2025-03-02")).toEqual([{ year: 2024, from: 12, to: 12, shape: "month" }]);
    expect(read("last year")).toEqual([]);
    expect(read("closed 2024 with")).toEqual([{ year: 2024, from: 12, to: 12, shape: "month" }]);
  });
});
