import type { Lang } from "../../format/number.ts";
import { EN } from "../read/lexicon/en.ts";
import { anyOf } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import type { Quantity } from "../read/quantity.ts";
import { type FactIndex, isMetricHit, type MetricHit } from "./fact-index.ts";

const WORDS = EN.pointingBack;
const WORD_ENDS = "(?![a-z])";
/** What may open a clause before the words that point back. */
const LEAD = `^\\s*(?:${anyOf(WORDS.leads)} )?`;
/** "The number rose…", "the figure stood at…": the figure is the earlier subject's own value. */
const SAME_SUBJECT = new RegExp(
  `${LEAD}${anyOf(WORDS.sameDeterminers)} ${anyOf(WORDS.sameNouns)} (?:${anyOf(WORDS.sameAux)} )?${anyOf(WORDS.sameVerbs)}${WORD_ENDS}`,
);
/** "Adoption has passed 42 percent", "the penetration rate reached…": a rate of the earlier subject. */
const RATE_OF_SUBJECT = new RegExp(`${LEAD}${anyOf(WORDS.rates)}(?! ${anyOf(EN.of)})${WORD_ENDS}`);
/** "Rural users made up…", "while urban users accounted for…", "其中…": a part, named by words of its own. */
const PART_OF_SUBJECT = new RegExp(
  `${LEAD}(?:${anyOf(WORDS.partDeterminers)} )?${anyOf(WORDS.partNouns)}(?! ${anyOf(EN.of)})${WORD_ENDS}|^\\s*${anyOf(ZH.pointingBack)}`,
);
/** "322 million of the users lived in rural areas". */
const PART_AFTER_FIGURE = new RegExp(
  `^\\s*(?:${anyOf(WORDS.partPeople)} )?${anyOf(EN.of)} ${anyOf(WORDS.partPronouns)}(?: ${anyOf(WORDS.partNouns)})?${WORD_ENDS}`,
);

/**
 * How a clause points back to the subject of the sentence before — as that subject itself (its words may
 * name the figure alone), as a part of it (they may only complete words of the clause's own), or not at all.
 * The pointing words must open the clause: "5G penetration" and "the rate in Beijing" name subjects of their own.
 */
export function refersBack(
  clause: string,
  afterFigure: string,
  quantity: Quantity,
): "alone" | "with-own-words" | undefined {
  if (SAME_SUBJECT.test(clause)) return "alone";
  if (quantity.unit === "percent" && RATE_OF_SUBJECT.test(clause)) return "alone";
  if (PART_OF_SUBJECT.test(clause) || PART_AFTER_FIGURE.test(afterFigure)) return "with-own-words";
  return undefined;
}

/** The words that name a judged fact's subject: the first term of each word group of its metric family. */
export function subjectWords(index: FactIndex, factId: string, lang: Lang): string | undefined {
  const fact = index.factsById.get(factId);
  if (!fact) return undefined;
  const family = index.familyOf(fact.metric);
  const level = index.metrics.find((entry) => entry.entity === fact.entity.code && entry.metric === family);
  const terms = (level?.exemplar ?? fact).terms[lang];
  const words = terms.map((group) => group[0]).filter((word) => word !== undefined);
  return words.length > 0 ? words.join(" ") : undefined;
}

/** The carried words as term hits that stand before the sentence: scene for each figure, owned by none. */
export function carriedHits(index: FactIndex, words: string): MetricHit[] {
  return index
    .findTerms(words.toLowerCase())
    .filter(isMetricHit)
    .map((hit) => ({ ...hit, start: 0, end: 0, carried: true }));
}
