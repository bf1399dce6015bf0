import { h } from "preact";
import { stringsFor } from "../i18n.ts";
import type { Fact, Lang, Verdict } from "../types.ts";
import { Popover } from "./Popover.tsx";
import { SourceDetails } from "./SourceDetails.tsx";

const MARK = {
  accurate: ["✓", ""],
  imprecise: ["≈", "warn"],
  inaccurate: ["✗", "bad"],
  unverifiable: ["?", "none"],
} as const;

/**
 * A verdict as a badge with its one-line explanation: after a checked sentence (data-claim), or as the
 * mark after one judged figure of a text, which also opens the source card of the fact it was judged by.
 */
export function ClaimBadge({
  check: { verdict, explanation },
  fact,
  lang,
}: {
  check: { readonly verdict: Verdict; readonly explanation: string };
  fact?: Fact | undefined;
  lang: Lang;
}) {
  const t = stringsFor(lang);
  const [text, className] = MARK[verdict];
  // English verdict words are the verdict names themselves, capitalised.
  const word = t.verdict?.[verdict] ?? verdict[0]?.toUpperCase() + verdict.slice(1);
  return (
    <Popover badgeText={text} badgeClass={className} label={`${word}: ${explanation}`} t={t}>
      <p class={`status ${verdict === "accurate" ? "verified" : "mismatch"}`}>{word}</p>
      <p>{explanation}</p>
      {fact ? <SourceDetails fact={fact} lang={lang} t={t} /> : null}
    </Popover>
  );
}
