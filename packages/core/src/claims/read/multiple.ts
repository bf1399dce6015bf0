import type { Qualifier } from "../../schema/fact.ts";
import type { Quantity } from "./quantity.ts";

/** "doubled", 翻番, "tripled": a growth stated as a multiple of its base, read as the percent it means. */
export type MultipleQuantity = Quantity & { readonly multiple: number };

/** How far a stated multiple may stray and still be meant: "doubled" for 1.9 to 2.1 times. */
export const MULTIPLE_REACH = 0.05;

const MULTIPLES_EN: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };
/** 翻番 and 翻一番 double, 翻两番 quadruples: each 番 doubles again. */
const DOUBLINGS_ZH: Record<string, number> = { "": 1, 一: 1, 两: 2, 二: 2, 三: 3 };
const HEDGES_EN: Record<string, Qualifier> = {
  "more than ": "over",
  "over ": "over",
  "nearly ": "nearly",
  "almost ": "nearly",
  "about ": "about",
  "roughly ": "about",
};
const HEDGES_ZH: Record<string, Qualifier> = { 超过: "over", 超: "over", 近: "nearly", 接近: "nearly", 约: "about" };

const MULTIPLE = new RegExp(
  [
    `(?<![a-z])(?<hedgeEn>${Object.keys(HEDGES_EN).join("|")})?(?<en>${Object.keys(MULTIPLES_EN).join("|")})(?![a-z])`,
    `(?<hedgeZh>${Object.keys(HEDGES_ZH).join("|")})?翻(?:了)?(?<doublings>[一两二三])?番`,
  ].join("|"),
  "g",
);

/** Every multiple a normalized claim states, as a growth in percent: "more than doubled" is over 100%. */
export function extractMultiples(text: string): MultipleQuantity[] {
  const found: MultipleQuantity[] = [];
  for (const match of text.matchAll(MULTIPLE)) {
    const groups = match.groups ?? {};
    const multiple = groups.en ? MULTIPLES_EN[groups.en] : 2 ** (DOUBLINGS_ZH[groups.doublings ?? ""] ?? 1);
    if (multiple === undefined) continue;
    const hedge = groups.hedgeEn ?? groups.hedgeZh;
    const qualifier = (hedge && (HEDGES_EN[hedge] ?? HEDGES_ZH[hedge])) || "exact";
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value: (multiple - 1) * 100,
      // The step either side is the reach: "doubled" admits growth of 90–110%.
      precision: 2 * MULTIPLE_REACH * multiple * 100,
      unit: "percent",
      qualifier,
      role: "change",
      direction: "up",
      earlier: false,
      multiple,
    });
  }
  return found;
}

export const isMultiple = (quantity: Quantity): quantity is MultipleQuantity => "multiple" in quantity;

/** The numbers read and the multiples stated, in the order the text gives them. */
export function withMultiples(text: string, quantities: Quantity[]): Quantity[] {
  const multiples = extractMultiples(text);
  if (multiples.length === 0) return quantities;
  const free = multiples.filter((multiple) =>
    quantities.every((quantity) => quantity.end <= multiple.start || quantity.start >= multiple.end),
  );
  return [...quantities, ...free].sort((a, b) => a.start - b.start);
}
