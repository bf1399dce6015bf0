import { describe, expect, it } from "vitest";
import { FactIndex } from "./claims/interpret/fact-index.ts";
import { dataset } from "./dataset.ts";
import { closestIds, searchFacts } from "./search.ts";

const index = new FactIndex(dataset.facts, dataset.entities);

describe("searchFacts", () => {
  const latest = (metric: string) =>
    dataset.facts.find((fact) => fact.metric === metric && fact.current && fact.newer === null)?.id;

  it("ranks the latest figure of the metric a reader means first, in English and Chinese", () => {
    expect(latest("internet-users")).toBeDefined();
    expect(searchFacts(index, "internet users")[0]?.fact.id).toBe(latest("internet-users"));
    expect(searchFacts(index, "网民规模")[0]?.fact.id).toBe(latest("internet-users"));
    expect(searchFacts(index, "5G基站")[0]?.fact.id).toBe(latest("5g-base-stations"));
  });

  it("prefers the period the query names", () => {
    expect(searchFacts(index, "online retail sales 2024")[0]?.fact.id).toBe("cn-online-retail-sales-2024");
    expect(searchFacts(index, "internet users 1997")[0]?.fact.id).toBe("cn-internet-users-1997-12");
  });

  it("finds nothing for nonsense and for an empty query", () => {
    expect(searchFacts(index, "zzqx flibber")).toEqual([]);
    expect(searchFacts(index, "   ")).toEqual([]);
  });
});

describe("closestIds", () => {
  it("suggests the ids a typo was aiming at", () => {
    const ids = dataset.facts.map((fact) => fact.id);
    expect(closestIds(ids, "cn-internet-user-2024-12")[0]).toBe("cn-internet-users-2024-12");
    expect(closestIds(ids, "cn-5g-base-station-2024-11")).toContain("cn-5g-base-stations-2024-11");
    expect(closestIds(ids, "completely-unrelated-thing-here")).toEqual([]);
  });
});
