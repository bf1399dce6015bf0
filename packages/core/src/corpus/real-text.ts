import { type ArticleCheck, checkArticleWith } from "../claims/article.ts";
import type { ClaimChecker } from "../claims/check.ts";
import type { Verdict } from "../schema/verdict.ts";

/** One sentence (or short paragraph) of the real-text corpus, as `corpus/real-text.*.yaml` records it. */
export interface CorpusEntry {
  readonly id: string;
  readonly url: string;
  readonly published?: string;
  readonly text: string;
  /** What a careful reader says given the dataset; `none` when the text states no statistic. */
  readonly verdict: Verdict | "none";
  readonly labelled?: string;
  readonly figures: readonly { readonly figure: string; readonly expect: string; readonly fact?: string }[];
  readonly hard?: string;
}

export type Outcome = Verdict | "none";

export interface Scored {
  readonly entry: CorpusEntry;
  readonly got: Outcome;
  readonly explanation: string;
  /** The check it was scored from, for scoring its figures without checking again. */
  readonly article: ArticleCheck;
}

const WRONG: ReadonlySet<Outcome> = new Set(["imprecise", "inaccurate"]);

/** A true (or unjudgeable) text that the checker marks wrong: the failure a publisher sees. */
export const isFalseAlarm = ({ entry, got }: Scored): boolean => !WRONG.has(entry.verdict) && WRONG.has(got);
/** A wrong text the checker calls accurate. */
export const isMissedError = ({ entry, got }: Scored): boolean => WRONG.has(entry.verdict) && got === "accurate";
export const agrees = ({ entry, got }: Scored): boolean => entry.verdict === got;

/** Checks one entry the way the API does: a sentence as a claim, a paragraph as an article. */
export function scoreEntry(checker: ClaimChecker, entry: CorpusEntry): Scored {
  const article = checkArticleWith(checker, entry.text, { published: entry.published });
  if (article.sentences.length === 0) return { entry, got: "none", explanation: "no figure read", article };
  const judged = article.sentences.filter((sentence) => sentence.judged > 0);
  const explanation = article.sentences.map((sentence) => sentence.explanation).join(" ");
  const ignoredOnly = article.sentences.every((sentence) => sentence.figures.length === 0);
  if (ignoredOnly) return { entry, got: "none", explanation, article };
  return { entry, got: judged.length === 0 ? "unverifiable" : article.verdict, explanation, article };
}

export const OUTCOMES: readonly Outcome[] = ["accurate", "imprecise", "inaccurate", "unverifiable", "none"];

/** Rows: the label; columns: the checker's answer. */
export function confusionMatrix(scored: readonly Scored[]): string {
  const width = 13;
  const pad = (text: string) => text.padEnd(width);
  const lines = [pad("label \\ got") + OUTCOMES.map(pad).join("")];
  for (const label of OUTCOMES) {
    const row = OUTCOMES.map((got) =>
      pad(String(scored.filter((item) => item.entry.verdict === label && item.got === got).length)),
    );
    lines.push(pad(label) + row.join(""));
  }
  return lines.join("\n");
}
