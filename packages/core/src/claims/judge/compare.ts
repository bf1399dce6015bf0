import { gap, type Interval, intervalOf, overlaps } from "../../interval.ts";
import type { Unit } from "../../schema/fact.ts";
import type { ClaimedUnit, Quantity } from "../read/quantity.ts";

/** How far outside the claimed range the verified value may lie and still be `imprecise`, not `inaccurate`. */
export const IMPRECISE_TOLERANCE = 0.05;

/** "超300万", "more than a billion", "at least 80%": a figure stated as a floor. */
export function statesFloor(quantity: Pick<Quantity, "qualifier">): boolean {
  return quantity.qualifier === "over" || quantity.qualifier === "at-least";
}

export type FigureJudgement = "accurate" | "imprecise" | "inaccurate";

export function claimedInterval(quantity: Pick<Quantity, "value" | "precision" | "qualifier" | "ceiling">): Interval {
  if (quantity.ceiling) return { lo: quantity.value - quantity.precision, hi: quantity.value };
  return intervalOf(quantity.value, quantity.precision, quantity.qualifier);
}

/**
 * Two ranges that share more than an end point: 77.4% (77.35–77.45) and 77.5% (77.45–77.55) only touch, and
 * cannot both be roundings of one figure (bar 77.45 itself), so the claim is one step off, not accurate.
 */
function share(claimed: Interval, verified: Interval): boolean {
  if (!overlaps(claimed, verified)) return false;
  const slack = 1e-9 * Math.max(Math.abs(claimed.hi), Math.abs(verified.hi), 1);
  const point = verified.hi - verified.lo <= slack || claimed.hi - claimed.lo <= slack;
  return point || (claimed.lo < verified.hi - slack && verified.lo < claimed.hi - slack);
}

/** Accurate when the ranges share more than an end point; imprecise when within 5% of the verified value; else inaccurate. */
export function judgeFigure(claimed: Interval, verified: Interval, verifiedValue: number): FigureJudgement {
  if (share(claimed, verified)) return "accurate";
  return gap(claimed, verified) <= IMPRECISE_TOLERANCE * Math.abs(verifiedValue) ? "imprecise" : "inaccurate";
}

/** True when a claimed figure can be compared with a fact in `unit` at all. */
export function unitsComparable(claimed: ClaimedUnit, unit: Unit): boolean {
  switch (claimed) {
    case "percent":
      return unit === "percent";
    case "percentage-point":
      // The dataset holds no changes in points: such a figure is never compared with a level.
      return false;
    case "CNY":
    case "USD":
      return unit === "CNY" || unit === "USD";
    case "plain":
      return unit !== "percent";
  }
}

/** Comparable but wrong: a currency other than the source's, or percentage points for a percent. */
export function unitMismatch(claimed: ClaimedUnit, unit: Unit): boolean {
  return (claimed === "CNY" || claimed === "USD") && (unit === "CNY" || unit === "USD") && claimed !== unit;
}
