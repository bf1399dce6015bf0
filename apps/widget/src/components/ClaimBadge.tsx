import { h } from "../dom.ts";
import { stringsFor } from "../i18n.ts";
import type { ClaimCheck, Lang } from "../types.ts";
import { Popover } from "./Popover.tsx";

const MARK = {
  accurate: ["✓", ""],
  imprecise: ["≈", "warn"],
  inaccurate: ["✗", "bad"],
  unverifiable: ["?", "none"],
} as const;

/** The verdict after a checked sentence, with its one-line explanation. */
export function ClaimBadge({ check, lang }: { check: ClaimCheck; lang: Lang }) {
  const t = stringsFor(lang);
  const [text, className] = MARK[check.verdict];
  // English verdict words are the verdict names themselves, capitalised.
  const word = t.verdict?.[check.verdict] ?? check.verdict[0]?.toUpperCase() + check.verdict.slice(1);
  return (
    <Popover badgeText={text} badgeClass={className} label={`${word}: ${check.explanation}`} t={t}>
      <p class={`status ${check.verdict === "accurate" ? "verified" : "mismatch"}`}>{word}</p>
      <p>{check.explanation}</p>
    </Popover>
  );
}
