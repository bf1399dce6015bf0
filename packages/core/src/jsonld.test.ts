import { describe, expect, it } from "vitest";
import { dataset } from "./dataset.ts";
import { datasetToJsonLd, factToJsonLd } from "./jsonld.ts";

const fact = (id: string) => dataset.facts.find((candidate) => candidate.id === id);

describe("JSON-LD", () => {
  it("describes a fact as a schema.org Observation with its source as citation", () => {
    const retail = fact("cn-online-retail-sales-2024");
    expect(retail).toBeDefined();
    const doc = factToJsonLd(retail as NonNullable<typeof retail>, "https://facts.example.org");
    expect(doc).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Observation",
      "@id": "https://facts.example.org/v1/facts/cn-online-retail-sales-2024",
      value: 15_520_000_000_000,
      unitText: "CNY",
      observationDate: "2024-12",
      observationPeriod: "P1Y",
      observationAbout: { "@type": "Country", identifier: "CN" },
      variableMeasured: { "@type": "StatisticalVariable", measuredProperty: "online-retail-sales" },
      citation: {
        "@type": "CreativeWork",
        datePublished: "2025-01-17",
        publisher: { name: "National Bureau of Statistics of China (NBS)" },
      },
    });
  });

  it("describes the dataset as a schema.org Dataset with its version and every fact", () => {
    const doc = datasetToJsonLd(dataset.facts, dataset.version, "https://facts.example.org");
    expect(doc["@type"]).toBe("Dataset");
    expect(doc.version).toBe(dataset.version);
    expect(doc.hasPart).toHaveLength(dataset.facts.length);
  });
});
