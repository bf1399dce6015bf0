import { PERIOD_FAMILY } from "./period.ts";
import type { RecogniserFamily } from "./recogniser.ts";

/** Every family of the Read stage, each run through its examples by `recognisers.test.ts`. */
export const RECOGNISER_FAMILIES: readonly RecogniserFamily[] = [PERIOD_FAMILY];
