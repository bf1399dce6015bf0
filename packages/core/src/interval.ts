import type { Qualifier } from "./schema/fact.ts";

/** A closed range of real numbers; every published figure stands for one. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export function interval(lo: number, hi: number): Interval {
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

/**
 * The values a figure published with `precision` and `qualifier` admits.
 * "1.1 billion" (precision 0.1 billion) is 1.05–1.15 billion; "over" reads upward by one step,
 * "nearly" downward by one step, "about" a full step either side.
 */
/** How far below its figure "nearly", "almost" or 近 may fall, as a share of the figure. */
export const NEARLY_REACH = 0.065;

export function intervalOf(value: number, precision: number, qualifier: Qualifier = "exact"): Interval {
  const half = precision / 2;
  switch (qualifier) {
    case "exact":
      return interval(value - half, value + half);
    case "about":
      return interval(value - precision, value + precision);
    case "over":
    case "at-least":
      return interval(value, value + precision);
    case "nearly":
      // "Nearly" admits a small shortfall, not a whole step of a round figure: 近11亿 is not 10.3亿.
      return interval(value - Math.min(precision, NEARLY_REACH * Math.abs(value)), value);
  }
}

export function add(a: Interval, b: Interval): Interval {
  return interval(a.lo + b.lo, a.hi + b.hi);
}

export function subtract(a: Interval, b: Interval): Interval {
  return interval(a.lo - b.hi, a.hi - b.lo);
}

export function multiply(a: Interval, b: Interval): Interval {
  const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return interval(Math.min(...products), Math.max(...products));
}

/** Undefined when the divisor can be zero: the quotient is unbounded. */
export function divide(a: Interval, b: Interval): Interval | undefined {
  if (b.lo <= 0 && b.hi >= 0) return undefined;
  return multiply(a, interval(1 / b.hi, 1 / b.lo));
}

export function scale(a: Interval, factor: number): Interval {
  return interval(a.lo * factor, a.hi * factor);
}

/** True when the two ranges share at least one value, allowing for float rounding. */
export function overlaps(a: Interval, b: Interval): boolean {
  const slack = 1e-9 * Math.max(Math.abs(a.hi), Math.abs(b.hi), 1);
  return a.lo <= b.hi + slack && b.lo <= a.hi + slack;
}

/** How far apart two ranges are; 0 when they overlap. */
export function gap(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  return a.hi < b.lo ? b.lo - a.hi : a.lo - b.hi;
}

export function midpoint(a: Interval): number {
  return (a.lo + a.hi) / 2;
}
