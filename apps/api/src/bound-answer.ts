import type { ArticleCheck } from "@factline/core/claims";
import type { ClaimCheck, FigureVerdict } from "@factline/core/schema";
import { LIMITS } from "./limits.ts";

/** Quoted figures longer than this are cut: the claim itself is echoed once, in `claim`, never again. */
export const QUOTE_LENGTH = 40;

export type BoundedCheck = ClaimCheck & { figuresOmitted?: number };
export type BoundedArticle = Omit<ArticleCheck, "sentences" | "sentencesNotChecked"> & {
  sentences: (BoundedCheck & { start: number; end: number })[];
  sentencesOmitted?: number;
};

function shortQuote(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
}

function shortenFigure(figure: FigureVerdict): FigureVerdict {
  const text = figure.claimed.text;
  if (text.length <= QUOTE_LENGTH) return figure;
  const short = shortQuote(text);
  return {
    ...figure,
    claimed: { ...figure.claimed, text: short },
    explanation: figure.explanation.replaceAll(text, short),
  };
}

/**
 * One claim's answer within bounds: at most `maxFigures` figures (the decisive one always among them),
 * long figure quotes cut, and the overall explanation saying each thing once.
 */
export function boundCheck<T extends ClaimCheck>(check: T, maxFigures: number = LIMITS.figuresPerClaim): T {
  const { figures } = check;
  const repeats = new Set(figures.map((figure) => figure.explanation)).size < figures.length;
  const longQuote = figures.some((figure) => figure.claimed.text.length > QUOTE_LENGTH);
  if (figures.length <= maxFigures && !repeats && !longQuote) return check;

  const decisive = figures.find((figure) => figure.claimed === check.claimed) ?? figures[0];
  const kept = figures.slice(0, maxFigures);
  if (decisive && maxFigures > 0 && !kept.includes(decisive)) kept[kept.length - 1] = decisive;
  const shortened = new Map(kept.map((figure) => [figure, shortenFigure(figure)]));
  const parts = [...new Set(kept.filter((figure) => check.explanation.includes(figure.explanation)))].map(
    (figure) => shortened.get(figure)?.explanation ?? "",
  );
  const explanation = [...new Set(parts)].join(" ") || shortQuote(check.explanation);
  const decisiveShort = decisive ? (shortened.get(decisive) ?? shortenFigure(decisive)) : undefined;
  return {
    ...check,
    explanation,
    claimed: decisiveShort?.claimed ?? check.claimed,
    figures: [...shortened.values()],
    ...(figures.length > kept.length ? { figuresOmitted: figures.length - kept.length } : {}),
  };
}

/** A text's answer within bounds: each sentence bounded, and sentences listed while the figure budget lasts. */
export function boundArticle(article: ArticleCheck, maxFigures: number = LIMITS.figuresPerAnswer): BoundedArticle {
  let budget = maxFigures;
  const sentences: BoundedArticle["sentences"] = [];
  for (const sentence of article.sentences) {
    const bounded = boundCheck(sentence);
    if (bounded.figures.length > budget) break;
    budget -= bounded.figures.length;
    sentences.push(bounded);
  }
  const { sentencesNotChecked, ...rest } = article;
  const omitted = article.sentences.length - sentences.length + sentencesNotChecked;
  return { ...rest, sentences, ...(omitted > 0 ? { sentencesOmitted: omitted } : {}) };
}
