import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.ts";
import { datasetVersion } from "./version.ts";

describe("datasetVersion", () => {
  const content = { metrics: dataset.metrics, facts: dataset.facts, entities: dataset.entities };

  it("is the version the compiled dataset carries", () => {
    expect(datasetVersion(content)).toBe(dataset.version);
  });

  it("ignores key order and formatting, so every machine computes the same hash", () => {
    const reordered = JSON.parse(JSON.stringify(content), (_, value) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(datasetVersion(reordered)).toBe(datasetVersion(content));
  });

  it("changes when any value changes", () => {
    const [first, ...rest] = content.facts;
    const changed = { ...content, facts: [{ ...(first as NonNullable<typeof first>), value: 1 }, ...rest] };
    expect(datasetVersion(changed)).not.toBe(datasetVersion(content));
  });
});
