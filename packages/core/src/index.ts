export { describedFactId, factInterval, periodEnd } from "./fact-values.ts";
export { type Figure, formatFigure, formatPeriod, type Lang } from "./format/index.ts";
export * from "./interval.ts";
export { datasetToJsonLd, factToJsonLd } from "./jsonld.ts";
export * from "./schema/fact.ts";
