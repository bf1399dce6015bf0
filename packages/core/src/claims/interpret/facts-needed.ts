import { normalizeClaim } from "../read/normalize.ts";
import type { FactIndex } from "./fact-index.ts";
import { WHOLE_METRIC } from "./match.ts";

/** The metrics and entities a check of some text may read. */
export interface FactsNeeded {
  readonly metrics: readonly string[];
  readonly entities: readonly string[];
}

/**
 * What checking `text` may read, from an index of one fact per metric (a router): every metric of each
 * family its words name, the wholes shares are taken of, and the entities it names besides the default.
 * A store too large to hold in memory fetches only these facts and checks against them.
 */
export function factsNeededFor(router: FactIndex, text: string, defaultEntity = "CN"): FactsNeeded {
  const families = new Set<string>(Object.values(WHOLE_METRIC));
  const entities = new Set([defaultEntity]);
  for (const hit of router.findTerms(normalizeClaim(text))) {
    if (hit.kind === "entity") {
      const entity = router.entities[hit.entity];
      if (entity) entities.add(entity.code);
    } else if (hit.group === 0) {
      // A metric's first word group is its name: no match, list or nested name can use the metric without it.
      const entry = router.metrics[hit.metric];
      if (entry) families.add(entry.family);
    }
  }
  const metrics = new Set<string>();
  for (const entry of router.metrics) if (families.has(entry.family)) metrics.add(entry.metric);
  return { metrics: [...metrics], entities: [...entities] };
}
