import { h } from "preact";
import { type Strings, stringsFor } from "../i18n.ts";
import type { ClaimCheck, Lang, Verdict } from "../types.ts";
import { Popover } from "./Popover.tsx";

const MARK = {
  accurate: ["✓", ""],
  imprecise: ["≈", "warn"],
  inaccurate: ["✗", "bad"],
  unverifiable: ["?", "none"],
} as const;

/** A verdict's badge text and class, and its word in the reader's language. */
export function verdictMark(verdict: Verdict, t: Strings): readonly [text: string, className: string, word: string] {
  // English verdict words are the verdict names themselves, capitalised.
  return [...MARK[verdict], t.verdict?.[verdict] ?? verdict[0]?.toUpperCase() + verdict.slice(1)];
}

/** The verdict after a checked sentence, with its one-line explanation. */
export function ClaimBadge({ check, lang }: { check: ClaimCheck; lang: Lang }) {
  const t = stringsFor(lang);
  const [text, className, word] = verdictMark(check.verdict, t);
  return (
    <Popover badgeText={text} badgeClass={className} label={`${word}: ${check.explanation}`} t={t}>
      <p class={`status ${check.verdict === "accurate" ? "verified" : "mismatch"}`}>{word}</p>
      <p>{check.explanation}</p>
    </Popover>
  );
}
