import compiled from "../generated/dataset.json" with { type: "json" };
import type { Dataset } from "./schema/fact.ts";

/** The compiled, validated dataset (`pnpm --filter @factline/core build` writes it). */
export const dataset: Dataset = compiled as Dataset;
