import type { Lang } from "../format/number.ts";
import { type FactIndex, isMetricHit, type MetricHit } from "./fact-index.ts";
import { familyOf } from "./match.ts";
import type { Quantity } from "./quantity.ts";

/** "The number rose…", "该群体…": the figure is the earlier subject itself. */
const SAME_SUBJECT = /(?:^|[^a-z])(?:the|this|that) (?:number|figure|total|user base)(?! of)(?![a-z])|该群体|这一群体/;
/** "Adoption has passed 42 percent", "the rate reached…": a rate of the earlier subject. */
const RATE_OF_SUBJECT =
  /(?:^|[^a-z])(?:adoption|penetration|the (?:penetration |usage |adoption )?rate|the share|the proportion)(?! of)(?![a-z])/;
/** "Rural users made up…", "322 million of the users…": part of the earlier subject, named by words of its own. */
const PART_OF_SUBJECT =
  /(?:^|[^a-z])(?:(?:the|these|those|rural|urban|mobile) users(?! of)|of the users|of them|of whom)(?![a-z])|其中/;

/**
 * How a clause points back to the subject of the sentence before: as that subject itself (its words may
 * name the figure alone), as a part of it (they may only complete words of the clause's own), or not at all.
 */
export function refersBack(clause: string, quantity: Quantity): "alone" | "with-own-words" | undefined {
  if (SAME_SUBJECT.test(clause)) return "alone";
  if (quantity.unit === "percent" && RATE_OF_SUBJECT.test(clause)) return "alone";
  if (PART_OF_SUBJECT.test(clause) || RATE_OF_SUBJECT.test(clause)) return "with-own-words";
  return undefined;
}

/** The words that name a judged fact's subject: the first term of each word group of its metric family. */
export function subjectWords(index: FactIndex, factId: string, lang: Lang): string | undefined {
  const fact = index.factsById.get(factId);
  if (!fact) return undefined;
  const family = familyOf(fact.metric);
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
