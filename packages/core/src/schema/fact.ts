import { z } from "zod";

/** Fact and metric ids: lowercase words joined by dashes. */
export const FACT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FACT_ID_MESSAGE = "ids are lowercase words joined by dashes, e.g. cn-internet-users-2024-12";

export const factIdSchema = z.string().regex(FACT_ID_PATTERN, FACT_ID_MESSAGE).max(80);

export const localizedTextSchema = z.object({
  en: z.string().trim().min(1, "give the English text"),
  zh: z.string().trim().min(1, "give the Chinese text"),
});

export const unitSchema = z.enum(["person", "CNY", "USD", "percent", "count", "year", "ipv6-block-32"]);

export const qualifierSchema = z.enum(["exact", "about", "over", "nearly", "at-least"]);

export const statusSchema = z.enum(["verified", "reported", "projection"]);

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "use YYYY-MM, e.g. 2024-12");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD, e.g. 2025-01-17");

export const periodSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("instant"), date: yearMonth }).describe("as of the end of a month"),
  z.object({ kind: z.literal("span"), start: yearMonth, end: yearMonth }).describe("over a span, e.g. the year 2024"),
  z.object({ kind: z.literal("by"), date: yearMonth }).describe("cumulative by the end of a month"),
]);

export const entitySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, "use an ISO 3166-1 alpha-2 code, e.g. CN"),
  name: localizedTextSchema,
});

/** An entity the claim checker recognises; one with no facts makes claims about it unverifiable. */
export const entityRecordSchema = entitySchema.extend({
  terms: z.array(z.string().min(1)).min(1).describe("names a claim may use, lowercase"),
  scope: z
    .enum(["country", "region"])
    .default("country")
    .describe("a region (the world, Europe) yields to a country named in the same claim"),
});

export const sourceSchema = z.object({
  id: factIdSchema,
  publisher: localizedTextSchema,
  title: localizedTextSchema,
  url: z.url(),
  releaseDate: isoDate,
  note: z.string().optional(),
});

export const articleSchema = z.object({
  id: factIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, "use YYYY, YYYY-MM or YYYY-MM-DD"),
  url: z.url().optional(),
});

export const citationSchema = z.object({
  article: articleSchema,
  quote: z.string().min(1),
  figure: z.string().min(1).describe("the figure exactly as the article wrote it, contained in the quote"),
  qualifier: qualifierSchema,
});

export const asPublishedSchema = z.object({
  text: z.string().min(1).describe("the figure as the primary source wrote it"),
  qualifier: qualifierSchema,
});

export const relationSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("share-of"),
    part: factIdSchema.optional().describe("the fact counted in the numerator, if the dataset has it"),
    whole: factIdSchema.describe("the fact counted in the denominator"),
  }),
  z.object({
    type: z.literal("change-from"),
    of: factIdSchema.describe("the fact whose change this is"),
    since: yearMonth.describe("the end of the earlier period"),
    measure: z.enum(["absolute", "percent"]),
    comparableBasis: z
      .boolean()
      .default(false)
      .describe("true when the publisher revised the base: earlier values must not be derived from it"),
  }),
  z.object({ type: z.literal("part-of"), whole: factIdSchema }),
]);

export const matchTermsSchema = z.object({
  en: z.array(z.array(z.string().min(2)).min(1)).min(1),
  zh: z.array(z.array(z.string().min(1)).min(1)).min(1),
});

/** What a metric counts: a level, or a share, change or growth of another metric. */
export const metricKindSchema = z.enum(["level", "share", "change", "growth"]);

export const metricSchema = z.object({
  id: factIdSchema,
  label: localizedTextSchema,
  unit: unitSchema,
  kind: metricKindSchema.describe("level: a count or amount; share, change, growth: of the metric in `of`"),
  of: factIdSchema.optional().describe("the metric a share, change or growth is of"),
  whole: factIdSchema.optional().describe("what a share is counted against: internet-users, population, …"),
  partOf: factIdSchema.optional().describe("the broader level this level is one part of: rural users of all users"),
  definition: z.string().min(1).describe("one line: what is counted, in our own words"),
  publisherName: z
    .object({ en: z.string().min(1).optional(), zh: z.string().min(1).optional() })
    .describe("the publisher's own name for the metric, as printed"),
  terms: matchTermsSchema
    .optional()
    .describe(
      "groups of words a claim must mention, one of each group; a share or change may take its related metric's",
    ),
});

export const evidenceSchema = z.object({
  url: z.url().describe("the page the figure was read on"),
  figure: z.string().min(1).describe("the figure exactly as printed there, e.g. 10.92亿人"),
  name: z.string().min(1).describe("the publisher's name for the metric as printed, e.g. 网民规模"),
  period: z.string().min(1).describe("the period as printed, e.g. 截至2023年12月"),
  alsoAt: z.array(z.url()).default([]).describe("other independent pages that print the same figure"),
  scale: z
    .number()
    .positive()
    .optional()
    .describe("the unit a table prints once in its header, e.g. 10000 for a column in 万"),
});

export const newerSchema = z
  .object({ id: factIdSchema, value: z.number(), period: periodSchema })
  .nullable()
  .describe("the latest observation of the same metric and entity when later than this one");

export const factSchema = z.object({
  id: factIdSchema,
  label: localizedTextSchema,
  metric: factIdSchema.describe("what is measured, shared by facts of different periods"),
  kind: metricKindSchema.default("level").describe("the metric's kind: level, or a share, change or growth"),
  of: factIdSchema.optional().describe("the metric's: what a share, change or growth is of"),
  whole: factIdSchema.optional().describe("the metric's: what a share is counted against"),
  partOf: factIdSchema.optional().describe("the metric's: the broader level it is one part of"),
  entity: entitySchema,
  value: z.number().finite(),
  unit: unitSchema,
  precision: z.number().positive().describe("the smallest step the published figure distinguishes, in base units"),
  asPublished: asPublishedSchema,
  period: periodSchema,
  source: sourceSchema,
  citedBy: z.array(citationSchema).default([]),
  status: statusSchema,
  relations: z.array(relationSchema).default([]),
  terms: matchTermsSchema.describe("groups of words a claim must mention, one of each group, to be about this fact"),
  evidence: evidenceSchema,
  current: z
    .boolean()
    .default(true)
    .describe("false for a figure a later report revised, or the losing side of a disagreement (say why in note)"),
  newer: newerSchema.default(null),
  note: z.string().optional(),
});

export const datasetSchema = z.object({
  version: z.string().regex(/^[0-9a-f]{16}$/),
  metrics: z.array(metricSchema),
  facts: z.array(factSchema),
  entities: z.array(entityRecordSchema),
});

export type FactId = z.infer<typeof factIdSchema>;
export type MetricKind = z.infer<typeof metricKindSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityRecord = z.infer<typeof entityRecordSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Newer = z.infer<typeof newerSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
