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
  MAX_FIGURES_PER_CLAIM,
  type TracedCheck,
  worstVerdict,
} from "./check.ts";
export { claimedInterval, IMPRECISE_TOLERANCE, judgeFigure, unitMismatch, unitsComparable } from "./compare.ts";
export { FactIndex } from "./fact-index.ts";
export { type FactsNeeded, factsNeededFor } from "./facts-needed.ts";
export { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./normalize.ts";
export { extractPeriods } from "./period.ts";
export { type ClaimedUnit, extractQuantities, type Quantity } from "./quantity.ts";
export { type ClaimTrace, describeTrace } from "./trace.ts";
