import { MAX_ARTICLE_LENGTH, MAX_CLAIM_LENGTH } from "@factline/core/claims";

/** A per-client budget, enforced by one Workers rate-limit binding declared in wrangler.jsonc. */
export interface RateLimit {
  readonly binding: "CHECK_LIMITER" | "LOOKUP_LIMITER";
  readonly limit: number;
  readonly periodSeconds: 10 | 60;
  /** Units one call to the binding buys: the binding's own limit is limit / block. */
  readonly block: number;
  /** What one unit is, in the words /docs and the 429 problem use. */
  readonly unit: string;
}

const TEXT_CHARS_PER_CHECK = 2000;
const TEXT_NUMBERS_PER_CHECK = 12;

/**
 * Every bound the API enforces, stated once: /docs, the OpenAPI document and the 413/429 problems read
 * them from here, and a test holds the rate limits to wrangler.jsonc.
 */
export const LIMITS = {
  claimLength: MAX_CLAIM_LENGTH,
  claimsPerBatch: 100,
  textLength: MAX_ARTICLE_LENGTH,
  /** A text is charged as one check per this many characters (or part of it)… */
  textCharsPerCheck: TEXT_CHARS_PER_CHECK,
  /** …or per this many numbers (as many as one claim can have judged), whichever is more. */
  textNumbersPerCheck: TEXT_NUMBERS_PER_CHECK,
  idsPerBatch: 100,
  queryLength: 200,
  bodyBytes: 256 * 1024,
  searchResults: 50,
  /** Figures listed per claim; the rest are counted in figuresOmitted. */
  figuresPerClaim: 10,
  /** Figures judged across the claims of one batch: each claim gets its share, at least 2, at most 12. */
  figuresPerBatch: 240,
  /** Figures listed in one answer (a batch or a text) across all its claims. */
  figuresPerAnswer: 500,
  /** The per-isolate answer memory, by UTF-16 size of keys and answers. */
  memoryBytes: 8 * 1024 * 1024,
  /** Answers larger than this are served but not remembered in the isolate. */
  memoryEntryBytes: 64 * 1024,
  rates: {
    checks: {
      binding: "CHECK_LIMITER",
      limit: 120,
      periodSeconds: 60,
      // A batch of 100 new claims is ten calls to the binding, not 100.
      block: 10,
      unit: `new check: one per claim not already cached; a text one per ${TEXT_CHARS_PER_CHECK.toLocaleString("en")} characters or ${TEXT_NUMBERS_PER_CHECK} numbers, whichever is more`,
    },
    lookups: {
      binding: "LOOKUP_LIMITER",
      limit: 60,
      periodSeconds: 60,
      block: 1,
      unit: "new search (not already cached), or a 404 with suggested ids",
    },
  } satisfies Record<string, RateLimit>,
} as const;

export type RateName = keyof typeof LIMITS.rates;

const NUMBER = /[0-9０-９]+(?:[.,，．][0-9０-９]+)*/g;

/** What checking a text costs: its length, or its numbers where they are denser (each is a figure to read). */
export function textCost(text: string): number {
  const numbers = text.match(NUMBER)?.length ?? 0;
  return Math.max(1, Math.ceil(text.length / TEXT_CHARS_PER_CHECK), Math.ceil(numbers / TEXT_NUMBERS_PER_CHECK));
}

/**
 * The figures checking a text may read: as many as its units pay for, so figures written without digits
 * (七成, 一半, half), which the count above cannot see, buy no more work than a claim's per unit.
 */
export function textFigureBudget(text: string): number {
  return Math.min(LIMITS.figuresPerAnswer, textCost(text) * TEXT_NUMBERS_PER_CHECK);
}
