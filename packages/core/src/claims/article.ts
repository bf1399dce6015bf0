import type { Lang } from "../format/number.ts";
import type { ClaimCheck, Verdict } from "../schema/verdict.ts";
import type { CheckOptions, ClaimChecker } from "./check.ts";
import { subjectWords } from "./interpret/carried-subject.ts";
import { worstVerdict } from "./judge/verdicts.ts";
import { EN } from "./read/lexicon/en.ts";
import { anyOf, charClass } from "./read/lexicon/pattern.ts";
import { ZH } from "./read/lexicon/zh.ts";
import { detectLanguage, normalizeClaim } from "./read/normalize.ts";
import { type ClaimedPeriod, extractPeriods, parseAnchor, resolvePeriod } from "./read/period.ts";

/** Article drafts longer than this are cut; the API states the same limit. */
export const MAX_ARTICLE_LENGTH = 100_000;

export interface SentenceCheck extends ClaimCheck {
  /** Where the sentence stands in the article (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
}

export interface ArticleCheck {
  readonly lang: Lang;
  readonly verdict: Verdict;
  readonly counts: Record<Verdict, number>;
  readonly sentences: SentenceCheck[];
  /** Sentences with a digit left unchecked once `maxFigures` figures were read. */
  readonly sentencesNotChecked: number;
}

export interface ArticleOptions extends Pick<CheckOptions, "lang" | "published"> {
  /** Stop checking once this many figures were read: a text's work is bounded by what it is charged. */
  readonly maxFigures?: number | undefined;
}

// A figure needs a digit or a number word: sentences with neither are not counted as left unchecked.
const HAS_DIGIT = new RegExp(
  [
    "[0-9０-９]",
    anyOf(ZH.percentWord),
    `${charClass(ZH.fractionNumerals)}${anyOf(ZH.tenths)}`,
    anyOf(ZH.fractionOf),
    anyOf(EN.half, ZH.halves.exact, ZH.halves.over),
    `\\b${anyOf(EN.ratioLinks)} ${anyOf(EN.ratioDenominators)}\\b`,
    `${anyOf(Object.keys(EN.fractionDenominators))}\\b`,
  ].join("|"),
  "i",
);
/** "Jan.", "Sept.": a month's abbreviation, whose dot ends no sentence. */
const MONTH_DOT = new RegExp(`\\b${anyOf(EN.months.flatMap((forms) => forms.slice(0, -1)))}\\.$`, "i");

/** Sentence boundaries in either language; ICU knows "U.S." and "1.1" are not ends. */
export function splitSentences(text: string, lang: Lang): { text: string; start: number; end: number }[] {
  const segmenter = new Intl.Segmenter(lang === "zh" ? "zh" : "en", { granularity: "sentence" });
  const sentences: { text: string; start: number; end: number }[] = [];
  const push = (sentence: { text: string; start: number; end: number }) => {
    const last = sentences.at(-1);
    // ICU ends a sentence at the dot of “.CN”; a dot glued to the next word ends nothing, nor does a
    // month's ("BEIJING, Jan. 17 (Xinhua) --").
    const glued = last?.end === sentence.start && /\.$/.test(last.text) && /^[A-Za-z0-9]/.test(sentence.text);
    const monthDot = MONTH_DOT.test(last?.text ?? "") && /^\d/.test(sentence.text);
    if (last && (glued || monthDot)) {
      sentences[sentences.length - 1] = {
        text: text.slice(last.start, sentence.end),
        start: last.start,
        end: sentence.end,
      };
    } else sentences.push(sentence);
  };
  for (const segment of segmenter.segment(text)) {
    for (const line of segment.segment.split(/(?<=\n)/)) {
      const offset = segment.index + segment.segment.indexOf(line);
      const trimmed = line.trim();
      if (!trimmed) continue;
      const start = offset + line.indexOf(trimmed);
      push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
  return sentences;
}

/** A spell-checker for numbers: every sentence of a draft that states a figure, with its verdict. */
export function checkArticleWith(checker: ClaimChecker, input: unknown, options: ArticleOptions = {}): ArticleCheck {
  const text = typeof input === "string" ? input.slice(0, MAX_ARTICLE_LENGTH) : "";
  const lang = options.lang ?? detectLanguage(text);
  const anchor = parseAnchor(options.published);
  const sentences: SentenceCheck[] = [];
  let carried: ClaimedPeriod | undefined;
  let subject: string | undefined;
  let paragraphEnd = -1;
  let figuresLeft = options.maxFigures ?? Number.POSITIVE_INFINITY;
  let sentencesNotChecked = 0;
  for (const sentence of splitSentences(text, lang)) {
    if (figuresLeft <= 0) {
      if (HAS_DIGIT.test(sentence.text)) sentencesNotChecked++;
      continue;
    }
    // A period carries through its paragraph, never into the next one.
    if (sentence.start > paragraphEnd) {
      carried = undefined;
      subject = undefined;
      const breakAt = text.indexOf("\n", sentence.start);
      paragraphEnd = breakAt < 0 ? text.length : breakAt;
    }
    const periods = extractPeriods(normalizeClaim(sentence.text), anchor);
    const base = periods.find((period) => period.base && period.year !== undefined);
    const stated = periods
      .filter((period) => !period.base)
      .map((period) => resolvePeriod(period, anchor, carried, base))
      .filter((period) => period !== undefined)
      .at(-1);
    // Only the sentence just before can be pointed back to ("The number rose…"): one between breaks the thread.
    const pointedTo = subject;
    subject = undefined;
    if (!HAS_DIGIT.test(sentence.text)) {
      carried = stated ?? carried;
      continue;
    }
    const check = checker.checkClaim(sentence.text, {
      lang: options.lang,
      published: options.published,
      carriedPeriod: carried,
      carriedSubject: pointedTo,
    });
    carried = stated ?? carried;
    figuresLeft -= check.figures.length + check.notChecked + check.ignored.length;
    // The subject a later sentence may point back to: this one's, if its judged figures have only one.
    const judged = check.figures.filter((figure) => figure.factId !== null && figure.verdict !== "unverifiable");
    const subjects = new Set(judged.map((figure) => subjectWords(checker.index, figure.factId ?? "", check.lang)));
    if (subjects.size === 1) subject = [...subjects][0];
    if (check.figures.length === 0) continue;
    sentences.push({ ...check, start: sentence.start, end: sentence.end });
  }
  const counts: Record<Verdict, number> = { accurate: 0, imprecise: 0, inaccurate: 0, unverifiable: 0 };
  for (const sentence of sentences) counts[sentence.verdict]++;
  // As for a sentence's figures: a wrong sentence sinks the article; it is accurate only when every one is.
  const verdict = sentences.length > 0 ? worstVerdict(sentences.map((sentence) => sentence.verdict)) : "unverifiable";
  return { lang, verdict, counts, sentences, sentencesNotChecked };
}
