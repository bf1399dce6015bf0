import { z } from "zod";
import { factIdSchema, qualifierSchema, unitSchema } from "./fact.ts";

export const verdictSchema = z.enum(["accurate", "imprecise", "inaccurate", "unverifiable"]);

export const intervalSchema = z.object({ lo: z.number(), hi: z.number() });

export const claimedFigureSchema = z.object({
  text: z.string().describe("the figure as the claim wrote it"),
  value: z.number().describe("in base units: persons, CNY, count; percent as percent"),
  unit: z.enum(["plain", "percent", "percentage-point", "CNY", "USD"]),
  qualifier: qualifierSchema,
  role: z.enum(["level", "change"]),
  interval: intervalSchema.describe("the values the claim admits, from its precision and hedge"),
});

export const verifiedFigureSchema = z.object({
  value: z.number(),
  unit: unitSchema,
  interval: intervalSchema.describe("the values the source admits, from its precision"),
  text: z.object({ en: z.string(), zh: z.string() }).describe("the verified value formatted for readers"),
  derivedFrom: z.array(factIdSchema).optional().describe("set when the value is computed from related facts"),
});

export const unverifiableReasonSchema = z.enum([
  "no-figure",
  "no-metric",
  "other-entity",
  "no-period",
  "unknown-fact",
  "wrong-kind",
  "forecast",
  "quoted",
  "other-currency",
  "rounded-floor",
]);

export const figureVerdictSchema = z.object({
  verdict: verdictSchema,
  explanation: z.string().describe("one line, in the claim's language"),
  span: z.tuple([z.number().int(), z.number().int()]).describe("where the figure stands in the claim (UTF-16 offsets)"),
  factId: factIdSchema.nullable(),
  claimed: claimedFigureSchema,
  verified: verifiedFigureSchema.nullable(),
  reason: unverifiableReasonSchema.optional(),
});

export const ignoredNumberSchema = z.object({
  text: z.string().describe("the number as the claim wrote it"),
  span: z.tuple([z.number().int(), z.number().int()]),
  why: z
    .enum([
      "duration",
      "age",
      "rank",
      "conversion",
      "count-of-reports",
      "denominator",
      "other-unit",
      "date",
      "difference",
    ])
    .describe("what the number is instead of a statistic"),
});

export const claimCheckSchema = z.object({
  claim: z.string(),
  lang: z.enum(["en", "zh"]),
  verdict: verdictSchema.describe(
    "inaccurate or imprecise if a judged figure is; accurate when every judged figure is; unverifiable when none could be judged",
  ),
  explanation: z.string(),
  factId: factIdSchema.nullable().describe("the fact behind the overall verdict, if any"),
  claimed: claimedFigureSchema.nullable(),
  verified: verifiedFigureSchema.nullable(),
  reason: unverifiableReasonSchema.optional(),
  figures: z.array(figureVerdictSchema),
  judged: z.number().int().describe("figures with a verdict other than unverifiable"),
  notChecked: z.number().int().describe("statistics past the per-claim cap, read but not checked"),
  ignored: z
    .array(ignoredNumberSchema)
    .describe("numbers that are not statistics (years, ages, durations, conversions): never judged"),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type ClaimedFigure = z.infer<typeof claimedFigureSchema>;
export type VerifiedFigure = z.infer<typeof verifiedFigureSchema>;
export type UnverifiableReason = z.infer<typeof unverifiableReasonSchema>;
export type FigureVerdict = z.infer<typeof figureVerdictSchema>;
export type ClaimCheck = z.infer<typeof claimCheckSchema>;
export type IgnoredNumber = z.infer<typeof ignoredNumberSchema>;
