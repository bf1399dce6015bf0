import type { RecogniserFamily } from "./recogniser.ts";

/** Every family of the Read stage, each run through its examples by `recognisers.test.ts`. */
export const RECOGNISER_FAMILIES: readonly RecogniserFamily[] = [];
