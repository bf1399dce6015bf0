import { formatFigure, formatPeriod } from "@factline/core/format";
import { h } from "preact";
import type { Strings } from "../i18n.ts";
import type { Fact, Lang } from "../types.ts";

/** A period as a point in time: "December 2025", "2025年12月", "2024" (no "as of" or "by"). */
export const when = (period: Fact["period"], lang: Lang): string =>
  formatPeriod(period, lang).replace(/^(as of |by |截至)/, "");

/** A figure in the fact's own unit and precision: a point of its series, or its newer observation. */
export const figure = (fact: Fact, value: number, lang: Lang): string => formatFigure({ ...fact, value }, lang);

/** "Newer figure: 1.125 billion, December 2025" when the dataset has a later observation of the metric. */
export function NewerFigure({ fact, lang, t }: { fact: Fact; lang: Lang; t: Strings }) {
  const { newer } = fact;
  if (!newer) return null;
  const [before, between, after] = t.newer;
  return (
    <p class="status newer">{before + figure(fact, newer.value, lang) + between + when(newer.period, lang) + after}</p>
  );
}
