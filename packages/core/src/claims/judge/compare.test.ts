import { describe, expect, it } from "vitest";
import { interval } from "../../interval.ts";
import { claimedInterval, judgeFigure, unitMismatch, unitsComparable } from "./compare.ts";

describe("claimedInterval", () => {
  it("reads a printed figure as every value it rounds from", () => {
    expect(claimedInterval({ value: 1.1e9, precision: 1e8, qualifier: "exact" })).toEqual({ lo: 1.05e9, hi: 1.15e9 });
  });
  it("reads a ceiling (不到12亿) as up to one step below the figure", () => {
    expect(claimedInterval({ value: 12e8, precision: 1e8, qualifier: "exact", ceiling: true })).toEqual({
      lo: 11e8,
      hi: 12e8,
    });
  });
  it("reads 'over' upward by one step", () => {
    expect(claimedInterval({ value: 10, precision: 1, qualifier: "over" })).toEqual({ lo: 10, hi: 11 });
  });
});

describe("judgeFigure", () => {
  const verified = interval(77.35, 77.45);
  it("calls a figure accurate when its range shares more than an end point with the source's", () => {
    expect(judgeFigure(interval(77.3, 77.5), verified, 77.4)).toBe("accurate");
  });
  it("calls a figure one step off, not accurate, when the two ranges only touch", () => {
    expect(judgeFigure(interval(77.45, 77.55), verified, 77.4)).toBe("imprecise");
  });
  it("calls a figure within 5% of the source's value imprecise, and one further out inaccurate", () => {
    expect(judgeFigure(interval(80.95, 81.05), verified, 77.4)).toBe("imprecise");
    expect(judgeFigure(interval(81.95, 82.05), verified, 77.4)).toBe("inaccurate");
  });
  it("calls an exact figure accurate when it equals an exact source value", () => {
    expect(judgeFigure(interval(5, 5), interval(5, 5), 5)).toBe("accurate");
  });
});

describe("units", () => {
  it("compares percents only with percents, and counts with anything but percents", () => {
    expect(unitsComparable("percent", "percent")).toBe(true);
    expect(unitsComparable("percent", "count")).toBe(false);
    expect(unitsComparable("plain", "count")).toBe(true);
    expect(unitsComparable("plain", "percent")).toBe(false);
  });
  it("never compares percentage points with a level", () => {
    expect(unitsComparable("percentage-point", "percent")).toBe(false);
  });
  it("finds a currency other than the source's comparable but mismatched", () => {
    expect(unitsComparable("USD", "CNY")).toBe(true);
    expect(unitMismatch("USD", "CNY")).toBe(true);
    expect(unitMismatch("CNY", "CNY")).toBe(false);
  });
});
