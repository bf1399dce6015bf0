export { lowerFirst } from "./case.ts";
export { type Figure, formatFigure, type Lang } from "./number.ts";
export { formatPeriod } from "./period.ts";
export { publisherName } from "./publisher.ts";
