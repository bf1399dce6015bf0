import type { Lang } from "../format/number.ts";
import type { Dataset } from "../schema/fact.ts";
import type { ClaimCheck, FigureVerdict } from "../schema/verdict.ts";
import { FactIndex } from "./interpret/fact-index.ts";
import {
  figuresOf,
  MAX_FIGURES_PER_CLAIM,
  numbersAndPeriods,
  readSentence,
  withoutNestedTerms,
  withoutPublisherNames,
} from "./interpret/sentence-context.ts";
import { decidingRule, judgeFigures } from "./judge/readings.ts";
import { summarize } from "./judge/sentence.ts";
import { checkAgainstFact, otherUnitFigures } from "./judge/verdicts.ts";
import { detectLanguage, MAX_CLAIM_LENGTH, normalizeClaim } from "./read/normalize.ts";
import { type ClaimedPeriod, parseAnchor, releaseDateIn } from "./read/period.ts";
import { extractQuantities } from "./read/quantity.ts";
import { type ClaimTrace, emptyTrace, traceTokens } from "./trace.ts";
export interface CheckOptions {
  /** When the text was published (YYYY-MM-DD or YYYY-MM): resolves "last year" and "as of June". */
  readonly published?: string | undefined;
  /** The period an earlier sentence of the same article stated, for a sentence that states none. */
  readonly carriedPeriod?: ClaimedPeriod | undefined;
  /** Words naming an earlier sentence's subject, for a sentence that points back to it ("the number rose…"). */
  readonly carriedSubject?: string | undefined;
  /** Judge at most this many figures (≤ MAX_FIGURES_PER_CLAIM): a batch shares one budget among its claims. */
  readonly maxFigures?: number | undefined;
  /** Check against this fact only (the widget's `data-fact`): no matching, every figure compared with it. */
  readonly fact?: string | undefined;
  /** The language of the explanation; detected from the claim when absent. */
  readonly lang?: Lang | undefined;
  /** Attach a trace: the tokens read, the readings weighed with their scores, the rule behind each verdict. */
  readonly trace?: boolean | undefined;
}

/** A check with its trace, when `trace` was asked for. */
export type TracedCheck = ClaimCheck & { readonly trace?: ClaimTrace };
/** Term hits read per figure judged: a sentence's words, not a page's. */
const TERM_HITS_PER_FIGURE = 24;

/** A claim pinned to one fact (the widget's data-fact): every figure compared with that fact, no matching. */
function checkPinned(index: FactIndex, claim: string, text: string, factId: string, lang: Lang): ClaimCheck {
  const fact = index.factsById.get(factId);
  if (!fact) return summarize(claim, lang, [], "unknown-fact");
  const quantities = extractQuantities(text)
    .slice(0, MAX_FIGURES_PER_CLAIM)
    .map((quantity) => ({ ...quantity, text: claim.slice(quantity.start, quantity.end).trim() }));
  return summarize(claim, lang, checkAgainstFact(quantities, fact, lang));
}

/** The trace's figures, each with the verdict it came to and the rule that decided it. */
function withVerdicts(trace: ClaimTrace, verdicts: readonly FigureVerdict[]): ClaimTrace {
  verdicts.forEach((verdict, at) => {
    const figure =
      trace.figures.find((traced) => traced.text === verdict.claimed.text && traced.verdict === undefined) ??
      trace.figures[at];
    if (figure)
      Object.assign(figure, { verdict: verdict.verdict, factId: verdict.factId, rule: decidingRule(verdict) });
  });
  return trace;
}

/** Checks every figure in a sentence against the dataset; never throws, whatever the input. */
export function checkClaimWith(
  index: FactIndex,
  input: unknown,
  options: CheckOptions = {},
  defaultEntity = "CN",
): TracedCheck {
  const claim = typeof input === "string" ? input.slice(0, MAX_CLAIM_LENGTH) : "";
  const lang = options.lang ?? detectLanguage(claim);
  try {
    const text = normalizeClaim(claim);
    if (options.fact !== undefined) return checkPinned(index, claim, text, options.fact, lang);
    // Read no further than the words around the last number read: a long claim costs its first figures only.
    // The reading never depends on options.maxFigures, so a budget-cut answer judges its figures as a full one.
    const cap = Math.max(1, Math.min(MAX_FIGURES_PER_CLAIM, options.maxFigures ?? MAX_FIGURES_PER_CLAIM));
    const numbersRead = 2 * MAX_FIGURES_PER_CLAIM;
    const read = extractQuantities(text, numbersRead);
    const readEnd = read.length >= numbersRead ? Math.min(text.length, (read.at(-1)?.end ?? 0) + 240) : text.length;
    const readText = text.slice(0, readEnd);
    const found = index.findTerms(readText, TERM_HITS_PER_FIGURE * MAX_FIGURES_PER_CLAIM);
    const hits = withoutNestedTerms(index, withoutPublisherNames(index, readText, found));
    const first = figuresOf(claim, text, read, hits, cap);
    // With no statistic to date, reading the periods would be work for nothing.
    if (first.quantities.length === 0)
      return summarize(claim, lang, otherUnitFigures(first, lang).listed, "no-figure", first.ignored, 0);
    // A sentence that names when its report came out is dated by that, not by the article or the sentence before.
    const released = releaseDateIn(text.slice(0, readEnd), parseAnchor(options.published));
    const dated = released ? { ...options, published: released, carriedPeriod: undefined } : options;
    const tokens = numbersAndPeriods(text.slice(0, readEnd), read, parseAnchor(dated.published));
    // A number inside a longer period ("前3季度") is the period's: the figures are read again without it.
    const figures = tokens.numbers.length === read.length ? first : figuresOf(claim, text, tokens.numbers, hits, cap);
    const { ignored, notChecked } = figures;
    if (figures.quantities.length === 0)
      return summarize(claim, lang, otherUnitFigures(figures, lang).listed, "no-figure", ignored, 0);
    const trace = options.trace ? emptyTrace() : undefined;
    const sentence = { text, readEnd, hits, figures, periods: tokens.periods };
    const context = { ...readSentence(index, sentence, lang, dated, defaultEntity), trace };
    if (trace)
      traceTokens(
        trace,
        claim,
        { ...figures, statistics: [...figures.quantities, ...figures.otherUnit], ...context, normalized: text },
        hits,
        index,
      );
    const verdicts = judgeFigures(context, figures.judged, options.carriedSubject);
    const otherUnit = otherUnitFigures(figures, lang);
    const all = [...verdicts, ...otherUnit.listed].sort((a, b) => a.span[0] - b.span[0]);
    const result: TracedCheck = summarize(claim, lang, all, undefined, ignored, notChecked + otherUnit.cut);
    return trace ? { ...result, trace: withVerdicts(trace, verdicts) } : result;
  } catch {
    // Defensive: a bug must cost one claim its verdict, not the caller its request.
    return summarize(claim, lang, [], "no-figure");
  }
}

export interface ClaimChecker {
  readonly index: FactIndex;
  checkClaim(claim: unknown, options?: CheckOptions): TracedCheck;
}

/**
 * Builds the index once; checks are then independent of the dataset's size. For a part of a dataset (the
 * facts one check needs), `entitiesWithFacts` and `publisherNames` are the whole dataset's.
 */
export function createClaimChecker(
  dataset: Pick<Dataset, "facts" | "entities"> & {
    readonly entitiesWithFacts?: Iterable<string>;
    readonly publisherNames?: Iterable<string>;
  },
  defaultEntity = "CN",
): ClaimChecker {
  const index = new FactIndex(dataset.facts, dataset.entities, dataset.entitiesWithFacts, dataset.publisherNames);
  return { index, checkClaim: (claim, options) => checkClaimWith(index, claim, options, defaultEntity) };
}
