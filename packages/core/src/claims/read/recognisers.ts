import { CLAUSE } from "./families/clause.ts";
import { CUE } from "./families/cue.ts";
import { ELAPSED } from "./families/elapsed.ts";
import { MULTIPLE } from "./families/multiple.ts";
import { NOT_STATISTIC } from "./families/not-statistic.ts";
import { QUANTITY } from "./families/quantity.ts";
import { SUB_POPULATION } from "./families/sub-population.ts";
import { PERIOD_FAMILY } from "./period.ts";
import type { RecogniserFamily } from "./recogniser.ts";

/** Every family of the Read stage, each run through its examples by `recognisers.test.ts`. */
export const RECOGNISER_FAMILIES: readonly RecogniserFamily[] = [
  QUANTITY,
  PERIOD_FAMILY,
  CUE,
  NOT_STATISTIC,
  SUB_POPULATION,
  MULTIPLE,
  ELAPSED,
  CLAUSE,
];
