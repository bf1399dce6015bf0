import { describe, expect, it } from "vitest";
import { normalizeClaim } from "./normalize.ts";
import { RECOGNISER_FAMILIES } from "./recognisers.ts";

// One spec for every recogniser: each finds its shape in its own examples, and nothing in its counter-examples.
describe.each(RECOGNISER_FAMILIES.map((family) => [family.family, family] as const))("%s", (_, family) => {
  it("names each recogniser once, family first", () => {
    const ids = family.recognisers.map((recogniser) => recogniser.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${family.family}.`)).toBe(true);
  });

  for (const recogniser of family.recognisers) {
    it(`${recogniser.id} has examples both ways`, () => {
      expect(recogniser.finds.length).toBeGreaterThan(0);
      expect(recogniser.ignores.length).toBeGreaterThan(0);
    });
    it.each(recogniser.finds)(`${recogniser.id} finds its shape in %s`, (text) => {
      const ids = family.read(normalizeClaim(text)).map((token) => token.recogniser);
      expect(ids).toContain(recogniser.id);
    });
    it.each(recogniser.ignores)(`${recogniser.id} finds nothing in %s`, (text) => {
      const ids = family.read(normalizeClaim(text)).map((token) => token.recogniser);
      expect(ids).not.toContain(recogniser.id);
    });
  }
});

it("every family of the Read stage is registered", () => {
  expect(RECOGNISER_FAMILIES.length).toBeGreaterThan(0);
});
