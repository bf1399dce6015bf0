import {
  claimCheckSchema,
  factSchema,
  figureVerdictSchema,
  periodSchema,
  statusSchema,
  unitSchema,
} from "@factline/core/schema";
import { z } from "@hono/zod-openapi";
import { LIMITS } from "./limits.ts";
import { PROBLEM_CODES, PROBLEMS, type ProblemCode } from "./problem-codes.ts";

// Named components in the OpenAPI document; the shapes are core's, never restated here.
export const FactSchema = factSchema.meta({ id: "Fact" });
const figuresOmitted = z
  .number()
  .int()
  .optional()
  .describe(`figures found but not listed: at most ${LIMITS.figuresPerClaim} are listed per claim`);
export const ClaimCheckSchema = claimCheckSchema.extend({ figuresOmitted }).meta({ id: "ClaimCheck" });
export const FigureVerdictSchema = figureVerdictSchema.meta({ id: "FigureVerdict" });
/** The answer to one claim: GET /v1/check, or POST { claim }. */
export type ClaimCheckAnswer = z.infer<typeof ClaimCheckSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().describe("a link to this problem's entry in /docs"),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES).describe("stable, machine-readable; /docs lists each"),
    detail: z.string().describe("what went wrong and why"),
    hint: z.string().describe("how to fix it"),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
    suggestions: z.array(z.string()).optional().describe("close fact ids, for a 404"),
    limit: z
      .object({
        name: z.string(),
        limit: z.number().int(),
        periodSeconds: z.number().int(),
        unit: z.string(),
        cost: z.number().int().describe("units this request would have used"),
      })
      .optional()
      .describe("for a 429: the budget that ran out"),
  })
  .meta({ id: "Problem" });

export const FactListSchema = z
  .object({
    version: z.string().describe("dataset version (content hash)"),
    data: z.array(FactSchema),
    missing: z.array(z.string()).optional().describe("requested ids with no fact; not an error"),
    related: z
      .array(FactSchema)
      .optional()
      .describe("with include=related: the changes and shares of the requested facts"),
    latest: z
      .record(z.string(), z.string())
      .optional()
      .describe("for each latest:<metric> asked for, the id of the observation it named"),
    series: z
      .record(z.string(), z.array(z.object({ period: periodSchema, value: z.number() })))
      .optional()
      .describe("with include=series: by <metric>:<entity>, the current values over time, oldest first"),
  })
  .meta({ id: "FactList" });
/** GET /v1/facts, as JSON. */
export type FactList = z.infer<typeof FactListSchema>;

export const SearchResultSchema = z
  .object({
    version: z.string(),
    query: z.string(),
    data: z.array(z.object({ score: z.number(), fact: FactSchema })),
    metrics: z
      .array(z.object({ id: z.string(), label: z.object({ en: z.string(), zh: z.string() }), series: z.string() }))
      .describe("the metrics the ranked facts measure, best first, each with its series' URL"),
  })
  .meta({ id: "SearchResult" });
/** GET /v1/search. */
export type SearchResult = z.infer<typeof SearchResultSchema>;

const sentenceCheckSchema = claimCheckSchema.extend({
  figuresOmitted,
  start: z.number().int(),
  end: z.number().int(),
});

export const ArticleCheckSchema = z
  .object({
    version: z.string(),
    lang: z.enum(["en", "zh"]),
    verdict: claimCheckSchema.shape.verdict,
    counts: z.object({ accurate: z.number(), imprecise: z.number(), inaccurate: z.number(), unverifiable: z.number() }),
    sentences: z.array(sentenceCheckSchema),
    sentencesOmitted: z
      .number()
      .int()
      .optional()
      .describe(
        `sentences checked (and counted) but not listed: an answer lists at most ${LIMITS.figuresPerAnswer} figures`,
      ),
  })
  .meta({ id: "ArticleCheck" });
/** The answer to POST { text }. */
export type ArticleCheckAnswer = z.infer<typeof ArticleCheckSchema>;

export const BatchCheckSchema = z
  .object({ version: z.string(), results: z.array(ClaimCheckSchema) })
  .meta({ id: "BatchCheck" });
/** The answer to POST { claims }. */
export type BatchCheckAnswer = z.infer<typeof BatchCheckSchema>;

const claimText = z
  .string()
  .min(1, "the claim is empty")
  .max(
    LIMITS.claimLength,
    `a claim is at most ${LIMITS.claimLength} characters; split longer text into sentences or send it as { text }`,
  );

const langParam = z
  .enum(["en", "zh"])
  .optional()
  .describe("language of the explanation; detected from the text when absent");

const isoDay = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true, local: true });
/** The years an article checked against this dataset can plausibly carry. */
const PUBLISHED_YEARS = { from: 1900, to: 2100 } as const;
const PUBLISHED_MESSAGE = `use the article's date, a real day written YYYY-MM-DD (or YYYY-MM, or an ISO date and time), between ${PUBLISHED_YEARS.from} and ${PUBLISHED_YEARS.to}`;

/** A real calendar day (2025-02-29 is not one), a month, or an ISO date-time, in a plausible year. */
function isPublishedDate(value: string): boolean {
  const day = /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value.slice(0, 10);
  if (!isoDay.safeParse(day).success) return false;
  if (value.length > 10 && !isoDateTime.safeParse(value).success) return false;
  const year = Number(value.slice(0, 4));
  return year >= PUBLISHED_YEARS.from && year <= PUBLISHED_YEARS.to;
}

const publishedParam = z
  .string()
  .max(35, "published is at most 35 characters: a date, or an ISO date and time")
  .refine(isPublishedDate, PUBLISHED_MESSAGE)
  .transform((value) => value.slice(0, 10))
  .optional()
  .describe(
    "when the text was published: resolves 'last year' and 'as of June', and a figure with no period is read against what was out by then",
  );

/** A fact id, bounded alike wherever it is sent (GET and POST). */
const factParam = z.string().max(80, "a fact id is at most 80 characters");

export const CheckBodySchema = z
  .union(
    [
      z.object({ claim: claimText, fact: factParam.optional(), lang: langParam, published: publishedParam }).strict(),
      z
        .object({
          claims: z
            .array(z.union([claimText, z.object({ claim: claimText, fact: factParam.optional() }).strict()]))
            .describe(
              "sentences, or { claim, fact } to check a figure against one fact (what the widget sends for data-fact)",
            )
            .min(1, "send at least one claim")
            .max(LIMITS.claimsPerBatch, `at most ${LIMITS.claimsPerBatch} claims per request`),
          lang: langParam,
          published: publishedParam,
        })
        .strict(),
      z
        .object({
          text: z
            .string()
            .min(1, "the text is empty")
            .max(LIMITS.textLength, `an article is at most ${LIMITS.textLength} characters`),
          lang: langParam,
          published: publishedParam,
        })
        .strict(),
    ],
    {
      error: `send exactly one of { claim }, { claims } (at most ${LIMITS.claimsPerBatch}) or { text }, with lang and published if wanted`,
    },
  )
  .meta({ id: "CheckRequest", description: "one of { claim }, { claims }, { text }" });

export const CheckQuerySchema = z.object({
  claim: claimText.describe("the sentence to check"),
  fact: factParam.optional().describe("check against this fact id only"),
  lang: langParam,
  published: publishedParam,
  v: z.string().optional().describe("dataset version, for immutable caching"),
});

export const FactsQuerySchema = z.object({
  ids: z
    .string()
    .optional()
    .describe(
      `comma-separated fact ids, at most ${LIMITS.idsPerBatch}; latest:<metric> names a metric's newest observation (China's); unknown ids are listed in "missing"`,
    ),
  include: z
    .string()
    .regex(/^(?:related|series)(?:,(?:related|series))?$/, "use related, series, or related,series")
    .optional()
    .describe(
      "related: the facts that describe the requested ones (their changes and shares); series: each requested metric's values over time, for a sparkline",
    ),
  status: statusSchema.optional(),
  unit: unitSchema.optional(),
  metric: z.string().max(80).optional(),
  entity: z.string().max(8).optional(),
  source: z.string().max(80).optional(),
  v: z.string().optional().describe("dataset version, for immutable caching"),
});

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "give a query in q")
    .max(LIMITS.queryLength, `a query is at most ${LIMITS.queryLength} characters`),
  lang: langParam.describe("match only this language's metric terms and labels; both when absent"),
  limit: z.coerce.number().int().min(1).max(LIMITS.searchResults).default(10),
  v: z.string().optional(),
});

/** A route's error responses, from the problem table; every route may also fail with internal-error. */
export function problemResponses(...codes: ProblemCode[]) {
  const byStatus = new Map<number, string[]>();
  for (const code of [...codes, "internal-error" as const]) {
    const { status, title } = PROBLEMS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), `${title} (${code})`]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, titles]) => [
      status,
      { description: titles.join("; "), content: { "application/problem+json": { schema: ProblemSchema } } },
    ]),
  );
}

/** A 200 answer as JSON, or as schema.org JSON-LD when Accept asks for it. */
export function jsonOrJsonLd<Schema extends z.ZodType>(description: string, schema: Schema) {
  return {
    description,
    content: {
      "application/json": { schema },
      "application/ld+json": { schema: z.object({}).passthrough() },
    },
  };
}
