import { h } from "preact";
import type { SeriesPoint } from "../api.ts";
import { stringsFor } from "../i18n.ts";
import type { Fact, Lang } from "../types.ts";
import { figure, when } from "./NewerFigure.tsx";

const WIDTH = 100;
const HEIGHT = 24;
/** More points than the line is units wide draw nothing more; a 200,000-point series must not stall the page. */
const MAX_POINTS = WIDTH + 1;

/**
 * The metric over time as a line, no chart library: an SVG styled by the shared sheet. Screen readers
 * get its first and last points: "Internet users, December 1997 to December 2025: 620,000 to 1.125 billion".
 */
export function Sparkline({ fact, points, lang }: { fact: Fact; points: readonly SeriesPoint[]; lang: Lang }) {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return null;
  const count = Math.min(points.length, MAX_POINTS);
  // Evenly spaced points, the first and the last among them.
  const values = Array.from(
    { length: count },
    (_, index) => points[Math.round((index * (points.length - 1)) / (count - 1))]?.value ?? 0,
  );
  const min = Math.min(...values);
  const range = Math.max(...values) - min || 1;
  const line = values
    .map((value, index) => {
      const x = (index / (values.length - 1)) * WIDTH;
      // One unit of margin so the stroke is not clipped at the extremes.
      const y = HEIGHT - 1 - ((value - min) / range) * (HEIGHT - 2);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const [comma, to, colon] = stringsFor(lang).span;
  const label =
    fact.label[lang] +
    comma +
    when(first.period, lang) +
    to +
    when(last.period, lang) +
    colon +
    figure(fact, first.value, lang) +
    to +
    figure(fact, last.value, lang);
  return (
    <svg class="spark" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={line} />
    </svg>
  );
}
