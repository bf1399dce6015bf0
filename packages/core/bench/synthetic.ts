import type { Dataset, EntityRecord, Fact } from "../src/schema/fact.ts";

const SYLLABLES = [
  "ka",
  "zu",
  "mo",
  "ri",
  "ve",
  "lo",
  "qua",
  "tis",
  "ber",
  "nox",
  "phi",
  "dra",
  "gul",
  "sen",
  "wy",
  "xo",
  "plu",
  "tre",
  "vak",
  "hom",
];

/** A made-up word, unique per number: synthetic terms that never collide with real ones. */
function word(n: number): string {
  let out = "";
  let rest = n;
  do {
    out += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return `${out}x`;
}

/**
 * The real dataset plus synthetic facts of the same shape (entities × metrics), for measuring how
 * check time grows with dataset size. Deterministic: the same count gives the same dataset.
 */
export function syntheticDataset(
  base: Pick<Dataset, "facts" | "entities">,
  totalFacts: number,
): Pick<Dataset, "facts" | "entities"> {
  const template = base.facts[0];
  if (!template) throw new Error("the base dataset is empty");
  const entityCount = 200;
  const metricsPerEntity = Math.ceil((totalFacts - base.facts.length) / entityCount);
  const entities: EntityRecord[] = [...base.entities];
  const facts: Fact[] = [...base.facts];
  for (let e = 0; e < entityCount && facts.length < totalFacts; e++) {
    const name = `${word(e + 1000)}land`;
    const code = `Q${String.fromCharCode(65 + (e % 26))}${e}`;
    entities.push({ code, name: { en: name, zh: name }, terms: [name], scope: "country" });
    for (let m = 0; m < metricsPerEntity && facts.length < totalFacts; m++) {
      const metric = word(m + 7);
      facts.push({
        ...template,
        id: `${code.toLowerCase()}-${metric}-2024-12`,
        metric,
        label: { en: `${metric} users`, zh: `${metric}用户` },
        entity: { code, name: { en: name, zh: name } },
        value: 1_000_000 * (1 + ((e * 31 + m * 17) % 997)),
        unit: "person",
        precision: 1_000_000,
        period: { kind: "instant", date: "2024-12" },
        current: true,
        newer: null,
        terms: { en: [[`${metric} user`]], zh: [[`${metric}用户`]] },
        citedBy: [],
        relations: [],
      });
    }
  }
  return { facts, entities };
}
