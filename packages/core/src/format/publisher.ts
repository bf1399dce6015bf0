import type { LocalizedText } from "../schema/fact.ts";
import type { Lang } from "./number.ts";

/** How a sentence names a publisher: "CNNIC" from "China Internet Network Information Center (CNNIC)"; in Chinese, the full name. */
export function publisherName(publisher: LocalizedText, lang: Lang): string {
  return lang === "zh" ? publisher.zh : (/\(([^)]+)\)/.exec(publisher.en)?.[1] ?? publisher.en);
}
