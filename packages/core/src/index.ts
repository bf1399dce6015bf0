export { factInterval, periodEnd } from "./compile/rules.ts";
export { type Figure, formatFigure, formatPeriod, type Lang } from "./format/index.ts";
export * from "./interval.ts";
export { datasetToJsonLd, factToJsonLd } from "./jsonld.ts";
export * from "./schema/fact.ts";
