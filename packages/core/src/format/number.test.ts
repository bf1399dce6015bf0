import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeClaim } from "../claims/read/normalize.ts";
import { extractQuantities } from "../claims/read/quantity.ts";
import type { Unit } from "../schema/fact.ts";
import { formatFigure } from "./number.ts";
import { formatPeriod } from "./period.ts";

describe("formatFigure", () => {
  it.each([
    [{ value: 1_108_000_000, unit: "person", precision: 1_000_000 }, "1.108 billion", "11.08亿人"],
    [{ value: 15_520_000_000_000, unit: "CNY", precision: 10_000_000_000 }, "15.52 trillion yuan", "15.52万亿元"],
    [{ value: 78.6, unit: "percent", precision: 0.1 }, "78.6%", "78.6%"],
    [{ value: 4_190_000, unit: "count", precision: 10_000 }, "4.19 million", "419万"],
    [{ value: 647_000, unit: "count", precision: 1_000 }, "647,000", "64.7万"],
    [{ value: 392_386_560, unit: "count", precision: 1 }, "392,386,560", "392,386,560"],
    [{ value: 30, unit: "year", precision: 1 }, "30 years", "30年"],
    // Too fine a step for the largest scale falls to the next one, not to bare digits.
    [{ value: 7_175_100_000_000, unit: "CNY", precision: 100_000_000 }, "7175.1 billion yuan", "71751亿元"],
  ] as const)("formats %o as %s / %s", (figure, en, zh) => {
    expect(formatFigure(figure, "en")).toBe(en);
    expect(formatFigure(figure, "zh")).toBe(zh);
  });

  it("formats periods in both languages", () => {
    expect(formatPeriod({ kind: "instant", date: "2024-12" }, "en")).toBe("as of December 2024");
    expect(formatPeriod({ kind: "instant", date: "2024-12" }, "zh")).toBe("截至2024年12月");
    expect(formatPeriod({ kind: "span", start: "2024-01", end: "2024-12" }, "zh")).toBe("2024年");
    expect(formatPeriod({ kind: "by", date: "2024-11" }, "en")).toBe("by November 2024");
  });

  const figures = fc
    .record({
      mantissa: fc.integer({ min: 1, max: 99_999 }),
      exponent: fc.integer({ min: 0, max: 10 }),
      unit: fc.constantFrom<Unit>("person", "CNY", "count", "percent"),
    })
    .map(({ mantissa, exponent, unit }) =>
      unit === "percent"
        ? { value: mantissa / 1000, unit, precision: 0.001 }
        : { value: mantissa * 10 ** exponent, unit, precision: 10 ** exponent },
    );

  it("round-trips: the claim checker reads back what the formatter wrote, within its precision", () => {
    fc.assert(
      fc.property(figures, fc.constantFrom("en" as const, "zh" as const), (figure, lang) => {
        const text = formatFigure(figure, lang);
        const [quantity] = extractQuantities(normalizeClaim(`the figure is ${text}`));
        expect(quantity, text).toBeDefined();
        expect(Math.abs((quantity?.value ?? Number.NaN) - figure.value)).toBeLessThanOrEqual(
          figure.precision / 2 + 1e-6 * figure.value,
        );
      }),
      { numRuns: 500 },
    );
  });
});
