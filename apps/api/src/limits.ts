import { MAX_ARTICLE_LENGTH, MAX_CLAIM_LENGTH } from "@factline/core/claims";

/** Every input bound the API enforces; the docs page and OpenAPI document state the same numbers. */
export const LIMITS = {
  claimLength: MAX_CLAIM_LENGTH,
  claimsPerBatch: 100,
  textLength: MAX_ARTICLE_LENGTH,
  idsPerBatch: 100,
  queryLength: 200,
  bodyBytes: 256 * 1024,
  searchResults: 50,
} as const;
