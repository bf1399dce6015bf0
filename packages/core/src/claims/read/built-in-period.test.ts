import { describe, expect, it } from "vitest";
import { normalizeClaim } from "./normalize.ts";
import { extractQuantities } from "./quantity.ts";

const roleOf = (text: string) => extractQuantities(normalizeClaim(text))[0]?.role;

// What a period built is a change of the total, never the total at the period's end.
describe("a count of things built in a period", () => {
  it.each([
    "Operators built 700,000 charging piles in 2023.",
    "The province installed 12,000 new-energy buses last year.",
    "Some 90,000 data centres were built in 2019.",
    "About 30,000 towers deployed during the first half went live.",
    "1,200 schools were opened this year.",
  ])("is an addition: %s", (text) => {
    expect(roleOf(text)).toBe("change");
  });

  it.each([
    "Operators have built 2.3 million charging piles.",
    "The country had built and opened 3 million towers in all.",
    "Some 90,000 data centres were built in China.",
    "There were 5 million towers by June, built over a decade.",
  ])("is a total when it counts everything to date: %s", (text) => {
    expect(roleOf(text)).toBe("level");
  });
});
