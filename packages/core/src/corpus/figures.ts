import { type ArticleCheck, checkArticleWith } from "../claims/article.ts";
import type { ClaimChecker } from "../claims/check.ts";
import { claimedInterval } from "../claims/judge/compare.ts";
import { normalizeClaim } from "../claims/read/normalize.ts";
import { extractQuantities } from "../claims/read/quantity.ts";
import type { Verdict } from "../schema/verdict.ts";

/**
 * Sets labelled by `kind` against primary figures, independent of the dataset: pages no corpus row had
 * used when they were gathered (outside: measured, then mended for; holdout: measured before the last fixes; holdout2: gathered while
 * the checker was being changed, measured on the code before those changes; holdout3: likewise, a round later;
 * holdout4 and holdout5: measured on the code as it stood when gathered).
 */
export const OUTSIDE_SETS = [
  "outside.en",
  "outside.zh",
  "holdout.en",
  "holdout.zh",
  "holdout2.en",
  "holdout2.zh",
  "holdout3.en",
  "holdout3.zh",
  "holdout4.en",
  "holdout4.zh",
  "holdout5.en",
  "holdout5.zh",
] as const;

/** What a figure is, against its primary figure: true, wrong, not a statistic, or not known. */
export type FigureKind = "true" | "wrong" | "none" | "unknown";

/** One figure as a corpus labels it: by `kind` (the outside sets) or by its `expect`ed verdict and `truth`. */
export interface LabelledFigure {
  readonly figure: string;
  readonly expect?: string;
  readonly kind?: FigureKind | boolean;
  readonly fact?: string;
  readonly truth?: string;
}

export interface LabelledText {
  readonly id: string;
  readonly text: string;
  readonly published?: string;
  readonly figures: readonly LabelledFigure[];
}

/** The checker's verdict for a figure, or `unread` when it judged no number there. */
export type FigureGot = Verdict | "unread";

export interface ScoredFigure {
  readonly entry: LabelledText;
  readonly figure: LabelledFigure;
  readonly kind: FigureKind;
  readonly got: FigureGot;
  readonly factId: string | null;
  /** Why a figure read but not judged was left: the unverifiable reason (`no-metric`, `no-period`…). */
  readonly reason: string | undefined;
  /** The dataset holds the fact the label names: the figure's metric and period. */
  readonly held: boolean;
}

function firstQuantity(text: string) {
  return extractQuantities(normalizeClaim(text))[0];
}

/** Whether the primary figure as printed lies within what the figure claims ("1.1 billion" for 10.79亿). */
export function truthAgrees(figure: LabelledFigure): boolean | undefined {
  if (!figure.truth) return undefined;
  const claimed = firstQuantity(figure.figure);
  const truth = firstQuantity(figure.truth);
  if (!claimed || !truth || claimed.unit !== truth.unit) return undefined;
  const interval = claimedInterval(claimed);
  return truth.value >= interval.lo - 1e-9 && truth.value <= interval.hi + 1e-9;
}

export function kindOf(figure: LabelledFigure): FigureKind {
  if (figure.kind !== undefined) return figure.kind === true ? "true" : figure.kind === false ? "wrong" : figure.kind;
  if (figure.expect === "accurate") return "true";
  if (figure.expect === "imprecise" || figure.expect === "inaccurate") return "wrong";
  if (figure.expect === "none") return "none";
  const agrees = truthAgrees(figure);
  return agrees === true ? "true" : "unknown";
}

/** Each labelled figure with the checker's verdict at its place in the text (from `article` when already checked). */
export function scoreFigures(
  checker: ClaimChecker,
  entry: LabelledText,
  article: ArticleCheck = checkArticleWith(checker, entry.text, { published: entry.published }),
): ScoredFigure[] {
  const judged = article.sentences.flatMap((sentence) =>
    sentence.figures.map((figure) => ({
      start: sentence.start + figure.span[0],
      end: sentence.start + figure.span[1],
      figure,
    })),
  );
  let from = 0;
  return entry.figures.map((figure) => {
    const at = entry.text.indexOf(figure.figure, from);
    if (at >= 0) from = at + figure.figure.length;
    const end = at + figure.figure.length;
    const found = at < 0 ? undefined : judged.find((candidate) => candidate.start < end && at < candidate.end);
    return {
      entry,
      figure,
      kind: kindOf(figure),
      got: found?.figure.verdict ?? "unread",
      factId: found?.figure.factId ?? null,
      reason: found?.figure.reason,
      held: figure.fact !== undefined && checker.index.factsById.has(figure.fact),
    };
  });
}

const WRONG = new Set<FigureGot>(["imprecise", "inaccurate"]);

/** Figure by figure: true figures confirmed and flagged, wrong figures caught and passed. */
export interface FigureTally {
  readonly trueFigures: number;
  readonly confirmed: number;
  /** True figures whose metric and period the dataset holds, and how many of them were confirmed. */
  readonly trueHeld: number;
  readonly confirmedHeld: number;
  /** True figures flagged imprecise or inaccurate: the failure a publisher sees. */
  readonly falseAlarms: readonly ScoredFigure[];
  readonly wrongFigures: number;
  readonly caught: number;
  /** Wrong figures called accurate. */
  readonly passed: readonly ScoredFigure[];
}

export function tallyFigures(scored: readonly ScoredFigure[]): FigureTally {
  const trueOnes = scored.filter((item) => item.kind === "true");
  const wrongOnes = scored.filter((item) => item.kind === "wrong");
  const held = trueOnes.filter((item) => item.held);
  return {
    trueFigures: trueOnes.length,
    confirmed: trueOnes.filter((item) => item.got === "accurate").length,
    trueHeld: held.length,
    confirmedHeld: held.filter((item) => item.got === "accurate").length,
    falseAlarms: trueOnes.filter((item) => WRONG.has(item.got)),
    wrongFigures: wrongOnes.length,
    caught: wrongOnes.filter((item) => WRONG.has(item.got)).length,
    passed: wrongOnes.filter((item) => item.got === "accurate"),
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

/** The tally in one line per measure, as the corpus report prints it. */
export function describeTally(tally: FigureTally): string {
  return [
    `true figures: ${tally.trueFigures}, confirmed ${tally.confirmed} (${percent(tally.confirmed, tally.trueFigures)}); where the dataset holds their metric and period: ${tally.confirmedHeld} of ${tally.trueHeld} (${percent(tally.confirmedHeld, tally.trueHeld)})`,
    `wrong figures: ${tally.wrongFigures}, caught ${tally.caught} (${percent(tally.caught, tally.wrongFigures)}), called accurate ${tally.passed.length}`,
    `false alarms (true figures flagged): ${tally.falseAlarms.length}`,
  ].join("\n");
}
