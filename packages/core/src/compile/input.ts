import { z } from "zod";
import {
  articleSchema,
  entityRecordSchema,
  factIdSchema,
  factSchema,
  localizedTextSchema,
  matchTermsSchema,
  metricSchema,
  qualifierSchema,
  sourceSchema,
} from "../schema/fact.ts";

/** `data/sources.yaml`: the publications, articles and entities facts refer to by id. */
export const sourcesFileSchema = z.object({
  sources: z.array(
    sourceSchema.extend({ releaseDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "use YYYY-MM-DD or YYYY-MM") }),
  ),
  articles: z.array(articleSchema),
  entities: z.array(entityRecordSchema),
});

const citationInputSchema = z.object({
  article: factIdSchema.optional().describe("defaults to the file's `article`"),
  quote: z.string().min(1),
  figure: z.string().min(1),
  qualifier: qualifierSchema,
});

/** `data/metrics.yaml`: every metric defined once; observations name one by id. */
export const metricsFileSchema = z.object({ metrics: z.array(metricSchema.strict()).min(1) }).strict();

export const factInputSchema = factSchema
  .omit({
    source: true,
    entity: true,
    citedBy: true,
    terms: true,
    label: true,
    unit: true,
    newer: true,
    kind: true,
    of: true,
    whole: true,
    partOf: true,
  })
  .extend({
    source: factIdSchema.optional().describe("defaults to the file's `source`"),
    entity: z.string().optional().describe("defaults to the file's `entity`"),
    citedBy: z.array(citationInputSchema).default([]),
    label: localizedTextSchema.optional().describe("defaults to the metric's label"),
    unit: factSchema.shape.unit.optional().describe("defaults to the metric's unit"),
    terms: matchTermsSchema.optional().describe("defaults to the metric's terms"),
  })
  .strict();

/** `data/facts/*.yaml`: facts from one primary source. */
export const factFileSchema = z
  .object({
    source: factIdSchema,
    entity: z.string(),
    article: factIdSchema.optional(),
    facts: z.array(factInputSchema).min(1),
  })
  .strict();

export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type FactInput = z.infer<typeof factInputSchema>;
export type FactFile = z.infer<typeof factFileSchema>;
export type MetricsFile = z.infer<typeof metricsFileSchema>;
