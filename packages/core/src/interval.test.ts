import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, divide, intervalOf, multiply, overlaps, subtract } from "./interval.ts";

// Integers scaled down: realistic figures, without subnormals whose reciprocals overflow.
const range = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e6 }))
  .map(([lo, width]) => ({ lo: lo / 1000, hi: (lo + width) / 1000 }));
const pointIn = (r: { lo: number; hi: number }, t: number) => r.lo + (r.hi - r.lo) * t;
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const near = (value: number, r: { lo: number; hi: number }) =>
  value >= r.lo - 1e-6 * (1 + Math.abs(value)) && value <= r.hi + 1e-6 * (1 + Math.abs(value));

describe("interval arithmetic", () => {
  it("contains every result of the operation on points drawn from the operands", () => {
    fc.assert(
      fc.property(range, range, unit, unit, (a, b, s, t) => {
        const x = pointIn(a, s);
        const y = pointIn(b, t);
        expect(near(x + y, add(a, b))).toBe(true);
        expect(near(x - y, subtract(a, b))).toBe(true);
        expect(near(x * y, multiply(a, b))).toBe(true);
        const quotient = divide(a, b);
        if (quotient) expect(near(x / y, quotient)).toBe(true);
        else expect(b.lo <= 0 && b.hi >= 0).toBe(true);
      }),
    );
  });

  it("reads hedges the way they are meant", () => {
    expect(intervalOf(1.1e9, 1e8)).toEqual({ lo: 1.05e9, hi: 1.15e9 });
    expect(intervalOf(1.1e9, 1e8, "over")).toEqual({ lo: 1.1e9, hi: 1.2e9 });
    expect(intervalOf(70, 1, "nearly")).toEqual({ lo: 69, hi: 70 });
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (value, precision) => {
          expect(near(value, intervalOf(value, precision, "exact"))).toBe(true);
          expect(near(value, intervalOf(value, precision, "about"))).toBe(true);
          expect(intervalOf(value, precision, "over").lo).toBe(value);
          expect(intervalOf(value, precision, "nearly").hi).toBe(value);
        },
      ),
    );
  });

  it("treats touching ranges as overlapping and distant ones as not", () => {
    expect(overlaps({ lo: 1, hi: 2 }, { lo: 2, hi: 3 })).toBe(true);
    expect(overlaps({ lo: 1, hi: 2 }, { lo: 2.1, hi: 3 })).toBe(false);
  });
});
