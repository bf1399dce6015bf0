export {
  type ArticleCheck,
  type ArticleOptions,
  checkArticleWith,
  MAX_ARTICLE_LENGTH,
  type SentenceCheck,
  splitSentences,
} from "./article.ts";
export {
  type CheckOptions,
  type ClaimChecker,
  checkClaimWith,
  createClaimChecker,
  type TracedCheck,
} from "./check.ts";
export { FactIndex } from "./interpret/fact-index.ts";
export { type FactsNeeded, factsNeededFor } from "./interpret/facts-needed.ts";
export { MAX_FIGURES_PER_CLAIM } from "./interpret/sentence-context.ts";
export { claimedInterval, IMPRECISE_TOLERANCE, judgeFigure, unitMismatch, unitsComparable } from "./judge/compare.ts";
export { worstVerdict } from "./judge/verdicts.ts";
export { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./read/normalize.ts";
export { extractPeriods } from "./read/period.ts";
export { type ClaimedUnit, extractQuantities, type Quantity } from "./read/quantity.ts";
export { type ClaimTrace, describeTrace } from "./trace.ts";
