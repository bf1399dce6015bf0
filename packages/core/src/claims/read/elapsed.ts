/**
 * "in just six months", "半年翻番": the span a change is stated over, in months, when the text names no base
 * month. A first or second half of a year ("上半年") is a period, not a span elapsed.
 */
const ELAPSED: readonly (readonly [RegExp, number])[] = [
  [/(?<![上下前后])半年(?:来|内|间|时间)?/, 6],
  [/(?:六|6)个月(?:来|内|间)?/, 6],
  [/\b(?:in|over|within) (?:only |just |the (?:past|last) )?(?:six|6) months\b/, 6],
  [/\b(?:in|over|within) (?:only |just )?half a year\b/, 6],
];

/** The months a clause says its change took, or undefined. */
export function elapsedMonths(clause: string): number | undefined {
  return ELAPSED.find(([words]) => words.test(clause))?.[1];
}
