import { formatFigure } from "./format/number.ts";
import type { Fact, Metric, Period } from "./schema/fact.ts";

type JsonLd = Record<string, unknown>;

const UNIT_TEXT: Record<Fact["unit"], string> = {
  person: "persons",
  CNY: "CNY",
  USD: "USD",
  percent: "percent",
  count: "count",
  year: "years",
  "ipv6-block-32": "IPv6 /32 blocks",
};

function observationDate(period: Period): string {
  return period.kind === "span" ? period.end : period.date;
}

function observationPeriod(period: Period): string | undefined {
  if (period.kind !== "span") return undefined;
  const months =
    (Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4))) * 12 +
    Number(period.end.slice(5)) -
    Number(period.start.slice(5)) +
    1;
  return months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`;
}

/** A fact as a schema.org Observation, its source as the citation. */
export function factToJsonLd(fact: Fact, apiOrigin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Observation",
    "@id": `${apiOrigin}/v1/facts/${fact.id}`,
    name: `${fact.label.en}, ${fact.entity.name.en}`,
    alternateName: fact.label.zh,
    variableMeasured: { "@type": "StatisticalVariable", name: fact.label.en, measuredProperty: fact.metric },
    observationAbout: { "@type": "Country", name: fact.entity.name.en, identifier: fact.entity.code },
    observationDate: observationDate(fact.period),
    observationPeriod: observationPeriod(fact.period),
    value: fact.value,
    unitText: UNIT_TEXT[fact.unit],
    description: `${formatFigure(fact, "en")} (${fact.asPublished.text} as published)`,
    measurementMethod: fact.status,
    citation: {
      "@type": "CreativeWork",
      name: fact.source.title.en,
      alternateName: fact.source.title.zh,
      url: fact.source.url,
      datePublished: fact.source.releaseDate,
      publisher: { "@type": "Organization", name: fact.source.publisher.en, alternateName: fact.source.publisher.zh },
    },
  };
}

/** The whole dataset as a schema.org Dataset with its facts as observations. */
export function datasetToJsonLd(facts: readonly Fact[], version: string, apiOrigin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": `${apiOrigin}/v1/facts`,
    name: "factline: verified statistics on China's digital economy",
    description:
      "Statistics of China's internet and digital economy (CNNIC, NBS, MIIT, CNSA), each observation with the page it was read on.",
    version,
    license: "https://creativecommons.org/licenses/by/4.0/",
    isAccessibleForFree: true,
    distribution: { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: `${apiOrigin}/v1/facts` },
    variableMeasured: [...new Set(facts.map((fact) => fact.label.en))],
    hasPart: facts.map((fact) => factToJsonLd(fact, apiOrigin)),
  };
}

/** A metric as a schema.org StatisticalVariable, with its newest observation when there is one. */
export function metricToJsonLd(metric: Metric & { readonly latest?: Fact | null }, apiOrigin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "StatisticalVariable",
    "@id": `${apiOrigin}/v1/series/${metric.id}`,
    name: metric.label.en,
    alternateName: [metric.label.zh, metric.publisherName.zh, metric.publisherName.en].filter(Boolean),
    description: metric.definition,
    measuredProperty: metric.id,
    unitText: UNIT_TEXT[metric.unit],
    ...(metric.latest ? { observation: factToJsonLd(metric.latest, apiOrigin) } : {}),
  };
}
