import type { Period } from "../schema/fact.ts";
import type { Lang } from "./number.ts";

// Intl builds month names once per process: formatting a date each time costs more than a whole claim check.
const monthNames: string[] = [];

function monthText(date: string, lang: Lang): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (lang === "zh") return `${year}年${month}月`;
  monthNames[month] ??= new Date(Date.UTC(2000, month - 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
  return `${monthNames[month]} ${year}`;
}

/** `December 2024` / `2024年12月`, `2024` / `2024年`, `by November 2024` / `截至2024年11月`. */
export function formatPeriod(period: Period, lang: Lang): string {
  const zh = lang === "zh";
  if (period.kind !== "span")
    return (zh ? "截至" : period.kind === "by" ? "by " : "as of ") + monthText(period.date, lang);
  const year = period.start.slice(0, 4);
  // A whole calendar year is named by its year alone.
  if (year === period.end.slice(0, 4) && period.start.slice(5, 7) === "01" && period.end.slice(5, 7) === "12")
    return zh ? `${year}年` : year;
  return monthText(period.start, lang) + (zh ? "至" : " to ") + monthText(period.end, lang);
}
