import type { Period } from "../schema/fact.ts";
import type { Lang } from "./number.ts";

function split(date: string): { year: string; month: number } {
  return { year: date.slice(0, 4), month: Number(date.slice(5, 7)) };
}

// Intl builds month names once per process: formatting a date each time costs more than a whole claim check.
const monthNames: string[] = [];

function monthText(date: string, lang: Lang): string {
  const { year, month } = split(date);
  if (lang === "zh") return `${year}年${month}月`;
  monthNames[month] ??= new Date(Date.UTC(2000, month - 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
  return `${monthNames[month]} ${year}`;
}

/** `December 2024` / `2024年12月`, `2024` / `2024年`, `by November 2024` / `截至2024年11月`. */
export function formatPeriod(period: Period, lang: Lang): string {
  switch (period.kind) {
    case "instant":
      return lang === "zh" ? `截至${monthText(period.date, lang)}` : `as of ${monthText(period.date, lang)}`;
    case "by":
      return lang === "zh" ? `截至${monthText(period.date, lang)}` : `by ${monthText(period.date, lang)}`;
    case "span": {
      const start = split(period.start);
      const end = split(period.end);
      if (start.year === end.year && start.month === 1 && end.month === 12) {
        return lang === "zh" ? `${start.year}年` : start.year;
      }
      return lang === "zh"
        ? `${monthText(period.start, lang)}至${monthText(period.end, lang)}`
        : `${monthText(period.start, lang)} to ${monthText(period.end, lang)}`;
    }
  }
}
