// The small pure pieces a browser needs to judge an author's figure against a fact it already has:
// no dataset, no index. The widget imports this subpath only.
export { claimedInterval, judgeFigure, unitMismatch, unitsComparable } from "./claims/compare.ts";
export { normalizeClaim } from "./claims/normalize.ts";
export { extractQuantities, type Quantity } from "./claims/quantity.ts";
export { factInterval } from "./fact-values.ts";
export { type Figure, formatFigure, type Lang } from "./format/number.ts";
export { formatPeriod } from "./format/period.ts";
