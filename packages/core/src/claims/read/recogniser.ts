/**
 * A named recogniser of the Read stage: one shape in one language, pinned down by its own examples.
 * Every token the Read stage produces carries the id of the recogniser that found it, and the trace
 * prints it, so a changed verdict leads back to the recogniser that read differently.
 */
export interface Recogniser {
  /** Stable, family-first name shown in the trace: "period.zh.month-range", "quantity.en.scale-word". */
  readonly id: string;
  readonly lang: "en" | "zh" | "any";
  /** Raw texts in which the recogniser must find its shape, and texts in which it must find nothing. */
  readonly finds: readonly string[];
  readonly ignores: readonly string[];
}

/** Where a token stands in the normalized text, and which recogniser produced it. */
export interface Tagged {
  readonly start: number;
  readonly end: number;
  readonly recogniser: string;
}

/** One family of recognisers (numbers, periods, cues…) with the reader the spec test runs them through. */
export interface RecogniserFamily {
  readonly family: string;
  readonly recognisers: readonly Recogniser[];
  /** Reads a normalized text as the checker does, returning every token with its recogniser's id. */
  read(normalized: string): readonly Tagged[];
}
