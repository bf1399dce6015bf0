import { EN } from "./lexicon/en.ts";
import { HEDGE_MEANING } from "./lexicon/hedges.ts";
import { anyOf, charClass } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";
import type { Quantity } from "./quantity.ts";

/** "doubled", 翻番, "tripled": a growth stated as a multiple of its base, read as the percent it means. */
export type MultipleQuantity = Quantity & { readonly multiple: number };

/** How far a stated multiple may stray and still be meant: "doubled" for 1.9 to 2.1 times. */
export const MULTIPLE_REACH = 0.05;

const MULTIPLE = new RegExp(
  [
    `(?<![a-z])(?:(?<hedgeEn>${anyOf(EN.multipleHedges)}) )?(?<en>${anyOf(Object.keys(EN.multiples))})(?![a-z])`,
    `(?<hedgeZh>${anyOf(ZH.multipleHedges)})?${anyOf([ZH.doubling.verb])}${anyOf(ZH.perfective)}?(?<doublings>${charClass(Object.keys(ZH.doublings))})?${anyOf([ZH.doubling.measure])}`,
  ].join("|"),
  "g",
);

const MULTIPLES_EN: Readonly<Record<string, number>> = EN.multiples;
const DOUBLINGS_ZH: Readonly<Record<string, number>> = ZH.doublings;
/** "tripled" and "trebled" are one recogniser: the multiple names it. */
const EN_RECOGNISER: Readonly<Record<number, string>> = {
  2: "multiple.en.doubled",
  3: "multiple.en.tripled",
  4: "multiple.en.quadrupled",
};

/** Every multiple a normalized claim states, as a growth in percent: "more than doubled" is over 100%. */
export function extractMultiples(text: string): MultipleQuantity[] {
  const found: MultipleQuantity[] = [];
  for (const match of text.matchAll(MULTIPLE)) {
    const groups = match.groups ?? {};
    const multiple = groups.en ? MULTIPLES_EN[groups.en] : 2 ** (DOUBLINGS_ZH[groups.doublings ?? ""] ?? 1);
    if (multiple === undefined) continue;
    const hedge = groups.hedgeEn ?? groups.hedgeZh;
    const qualifier = (hedge && HEDGE_MEANING.get(hedge)) || "exact";
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      recogniser: groups.en
        ? (EN_RECOGNISER[multiple] ?? "multiple.en.doubled")
        : multiple > 2
          ? "multiple.zh.fan-n-fan"
          : "multiple.zh.fanfan",
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
