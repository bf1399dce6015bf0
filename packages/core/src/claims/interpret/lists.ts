import { EN } from "../read/lexicon/en.ts";
import { anyOf, charClass } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import type { Quantity } from "../read/quantity.ts";
import { type FactIndex, isMetricHit, type TermHit } from "./fact-index.ts";

// "网民中分别有30.6%、43.2%和37.3%使用过…": the group the list's figures are counted within, no subject of theirs.
const COUNTED_WITHIN = new RegExp(`^${anyOf(ZH.amongAfter)}(?!${charClass(ZH.amongAfterNot)})`);

// Between the figures of a list: commas and "and", and a measure word the figures repeat ("9057万人和5139万人").
const LIST_JOIN = new RegExp(
  `^\\s*${anyOf(ZH.countSuffixes, EN.listNouns)}?\\s*(?:,|，|、)?\\s*${anyOf(EN.and, ZH.listJoins)}?\\s*$`,
);

// "1.079 billion, 11.09 million more than…" is a level and its change, not a list of two levels.
function kindOf(quantity: Quantity): string {
  const unit = quantity.unit === "percent" ? "percent" : quantity.unit === "percentage-point" ? "points" : "amount";
  return `${quantity.role} ${unit}`;
}

/** Runs of two or more figures of one kind joined only by commas and "and": "34.92, 30.91 and 35.92 million". */
function listsOf(text: string, quantities: readonly Quantity[]): Quantity[][] {
  const lists: Quantity[][] = [];
  let run: Quantity[] = [];
  for (const quantity of quantities) {
    const last = run.at(-1);
    if (last && kindOf(last) === kindOf(quantity) && LIST_JOIN.test(text.slice(last.end, quantity.start))) {
      run.push(quantity);
      continue;
    }
    if (run.length >= 2) lists.push(run);
    run = [quantity];
  }
  if (run.length >= 2) lists.push(run);
  return lists;
}

/**
 * "A, B and C grew by x, y and z (respectively)": pairs the k-th figure of each list with the k-th subject
 * named since the figure before the list; a second list right after reuses the first one's subjects. A list
 * whose subjects cannot be counted out gets none: its figures stay unjudged rather than guessed.
 */
export function pairRespectively(
  text: string,
  quantities: readonly Quantity[],
  hits: readonly TermHit[],
  index: FactIndex,
): Map<Quantity, string> {
  const pairs = new Map<Quantity, string>();
  // Names nested in longer names of other subjects were dropped before ("视频" in "短视频").
  const outer = hits
    .filter(isMetricHit)
    .filter((hit) => hit.group === 0 && !COUNTED_WITHIN.test(text.slice(hit.end, hit.end + 3)));
  let previousList: { readonly end: number; readonly named: readonly string[] | undefined } | undefined;
  for (const list of listsOf(text, quantities)) {
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) continue;
    const before = quantities.filter((quantity) => quantity.end <= first.start).at(-1);
    const windowStart = before?.end ?? 0;
    const subjects: string[] = [];
    // Overlapping names are one subject ("live streaming" names livestreaming and livestream buyers alike);
    // of the metrics it may be, the one named by the longest term counts, unless already named.
    const slots: { end: number; names: { family: string; length: number; rate: boolean }[] }[] = [];
    for (const hit of outer) {
      if (hit.start < windowStart || hit.start >= first.start) continue;
      const entry = index.metrics[hit.metric];
      const name = { family: entry?.family ?? "", length: hit.end - hit.start, rate: entry?.kind === "share" };
      const slot = slots.at(-1);
      if (slot && hit.start < slot.end) {
        slot.names.push(name);
        slot.end = Math.max(slot.end, hit.end);
      } else slots.push({ end: hit.end, names: [name] });
    }
    for (const slot of slots) {
      // A word that names only rates of several subjects ("penetration in the two groups") names the measure.
      const families = new Set(slot.names.map((name) => name.family));
      if (families.size > 1 && slot.names.every((name) => name.rate)) continue;
      const fresh = slot.names
        .filter((name) => name.family && !subjects.includes(name.family))
        .sort((a, b) => b.length - a.length);
      if (fresh[0]) subjects.push(fresh[0].family);
    }
    const reused =
      subjects.length === 0 && previousList && previousList.named?.length === list.length
        ? previousList.named
        : undefined;
    const named = reused ?? (subjects.length >= list.length ? subjects.slice(-list.length) : undefined);
    for (const [position, quantity] of list.entries()) pairs.set(quantity, named?.[position] ?? "");
    previousList = { end: last.end, named };
  }
  return pairs;
}
