import type { ClaimCheck, Fact, FigureVerdict, Verdict } from "@factline/core/schema";

export type { ClaimCheck, Fact, FigureVerdict, Verdict };

export type Lang = "en" | "zh";

/** What `data-fact-state` can say after enhancement. */
export type FactState = "verified" | "mismatch" | "error";
