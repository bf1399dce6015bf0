import { EN } from "./lexicon/en.ts";
import { anyOf } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";
import { PERIOD_READERS, type PeriodReader } from "./period-readers.ts";
import type { RecogniserFamily } from "./recogniser.ts";

/**
 * A time a claim names. `year` is undefined for "as of June" or "上半年" until the article's date
 * or an earlier sentence supplies it. `base` marks the start of a change ("from the end of 2023").
 */
export interface ClaimedPeriod {
  readonly start: number;
  readonly end: number;
  readonly year: number | undefined;
  /** First and last month covered: 12..12 for "December 2024", 1..6 for a first half, 1..12 for a year. */
  readonly from: number;
  readonly to: number;
  /** `year` is loose ("in 2024": any time that year); `month` and `range` are exact. */
  readonly shape: "month" | "year" | "range";
  readonly base: boolean;
  /** "last year", 去年: counted from the article's date, which a writer may not have meant. */
  readonly relative?: boolean;
  /** The first year of a span of several years (十三五期间: 2016), whose counts stand at `year`'s end. */
  readonly fromYear?: number;
  /** The id of the recogniser that read it ("period.zh.month-range"), shown in the trace. */
  readonly recogniser: string;
}

/** When the article was published, as YYYY-MM(-DD): the anchor for "last year" and "as of June". */
export interface DateAnchor {
  readonly year: number;
  readonly month: number;
}

// Each reader's pattern is wrapped in a group of its own (r0, r1, …): a match names its reader in one lookup.
const PERIOD = new RegExp(PERIOD_READERS.map((reader, index) => `(?<r${index}>${reader.pattern})`).join("|"), "g");
const READER_GROUPS = PERIOD_READERS.map((_, index) => `r${index}`);

const the = `(?:${anyOf(EN.the)}\\s+)?`;
const BASE_BEFORE = new RegExp(
  `(?:^|[^a-z])${anyOf(EN.baseBefore, ZH.baseBefore)}\\s*(?:${anyOf(EN.baseLinks.at)}\\s+)?${the}` +
    `(?:${anyOf(EN.baseLinks.last)}\\s+)?(?:${anyOf(EN.baseLinks.of)}\\s+)?$`,
);

const AGE_BAND_BEFORE = new RegExp(`${anyOf(EN.ageBandBefore)}\\s*(?:${anyOf(EN.ageBandLinks)}\\s+)?$`);
const RELEASED_BEFORE = new RegExp(`${anyOf(EN.released)}\\s+${anyOf(EN.releasedLinks)}\\s+${the}$`);
const RELEASED_AFTER = new RegExp(`^\\s*(?:${anyOf(ZH.possessive)})?${anyOf(ZH.released)}`);

/** "as of June 30, 2024", "截至6月30日": a day that dates a count; other days date an event ("On January 17, CNNIC published"). */
const AS_OF_BEFORE = new RegExp(`${anyOf(EN.asOf, ZH.asOfStrict)}\\s*$`);
const AS_OF_STRICT_BEFORE = new RegExp(`${anyOf(ZH.asOfStrict)}\\s*$`);
/** "17 January 2025", "the 17th of January": a day written before its month. */
const DAY_BEFORE = new RegExp(`(?:^|[^\\d.,])([0-3]?\\d)${anyOf(EN.daySuffixes)}?(?: ${anyOf(EN.of)})? $`);
const SPAN_FROM_BEFORE = new RegExp(`${anyOf(EN.spanFrom)}\\s*$`);
const SPAN_LINK = new RegExp(anyOf(EN.monthRangeLinks));
/** "On June 30, 2024, China had…" opens a clause with the date it counts, not a base ("up 5% on 2023"). */
const OPENS_CLAUSE_BEFORE = new RegExp(`(?:^|[,;，；:]\\s*)${anyOf(EN.clauseOpeners)}\\s*${the}$`);

/** "may" is a month only beside a year or a date word; as a verb it is not a period. */
const AMBIGUOUS_MONTH = new RegExp(`^(?:${anyOf(EN.endOf)} )?${anyOf(EN.ambiguousMonths)}$`);
/** "by May", "since may": a word that makes "may" the month, as the forecast reader also counts it. */
const MAY_MONTH_BEFORE = new RegExp(`(?<![a-z])${anyOf(EN.mayMonthBefore)} ?$`);

function withRecogniser(read: ReturnType<PeriodReader["read"]>, recogniser: string) {
  return read && { ...read, recogniser };
}

/** A page date for the examples: "last year" and 今年以来 are read only against one. */
const EXAMPLE_PAGE_DATE: DateAnchor = { year: 2025, month: 7 };

/** Every period recogniser, run through its examples as the checker reads them. */
export const PERIOD_FAMILY: RecogniserFamily = {
  family: "period",
  recognisers: PERIOD_READERS,
  read: (normalized) => {
    const { periods, released } = readPeriods(normalized, EXAMPLE_PAGE_DATE);
    return [...periods, ...released];
  },
};

/** Years, months, half-years and month ranges a normalized claim names, outside numbers already read as quantities. */
export function extractPeriods(text: string, anchor?: DateAnchor): ClaimedPeriod[] {
  return readPeriods(text, anchor).periods;
}

const RELEASE_WORD = new RegExp(anyOf(EN.released, ZH.released));

/**
 * When the report a claim cites came out ("data released in March 2024", "2024年3月发布的报告"), as
 * YYYY-MM: its figures are the newest out by then, as an article's are by its date.
 */
export function releaseDateIn(text: string, anchor?: DateAnchor): string | undefined {
  if (!RELEASE_WORD.test(text)) return undefined;
  const released = readPeriods(text, anchor).released.at(-1);
  if (released?.year === undefined) return undefined;
  return `${released.year}-${String(released.to).padStart(2, "0")}`;
}

function readPeriods(text: string, anchor?: DateAnchor): { periods: ClaimedPeriod[]; released: ClaimedPeriod[] } {
  const periods: ClaimedPeriod[] = [];
  const released: ClaimedPeriod[] = [];
  for (const match of text.matchAll(PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].trim() === "") continue;
    // Inside a number ("1,2023", "2013万个") it is no period; after a comma that ends a clause ("显示，2023年") it is.
    const previous = text[start - 1] ?? "";
    if (/[\d.]/.test(previous) || (previous === "," && /\d/.test(text[start - 2] ?? ""))) continue;
    if (/[\d%万亿千百]/.test(text[end] ?? "")) continue;
    if (/[a-z]/.test(text[start - 1] ?? "") || (/^[a-z]/.test(match[0].at(-1) ?? "") && /[a-z]/.test(text[end] ?? "")))
      continue;
    if (AMBIGUOUS_MONTH.test(match[0]) && !MAY_MONTH_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const groups = match.groups ?? {};
    // A date ("Jan. 17", "17 January 2025", "2025年1月17日") dates an event, not a figure — unless its day is
    // a month's end, when counts are taken ("On June 30, 2024", "2023年12月31日"), or it follows "as of".
    const before = text.slice(Math.max(0, start - 30), start);
    const dayBefore = groups.meM !== undefined ? DAY_BEFORE.exec(before) : null;
    const day = groups.meD ?? groups.mzD ?? dayBefore?.[1];
    if (
      day !== undefined &&
      Number(day) < 28 &&
      !AS_OF_BEFORE.test(dayBefore ? before.slice(0, dayBefore.index) : before)
    )
      continue;
    if (previous === "/" || text[end] === "/") continue;
    const reader = PERIOD_READERS[READER_GROUPS.findIndex((name) => groups[name] !== undefined)];
    const readAs = reader && withRecogniser(reader.read(groups, anchor), reader.id);
    if (!readAs || readAs.from < 1 || readAs.to > 12 || readAs.from > readAs.to) continue;
    const asOf = readAs.shape === "range" && readAs.from === readAs.to && AS_OF_STRICT_BEFORE.test(before);
    const read = asOf ? { ...readAs, shape: "month" as const } : readAs;
    // "from January to April" is a span, not the start of a change; "较上半年" is a change's base.
    // "data released in March 2024", "2024年3月发布的报告": when a report came out, not what its figures are for.
    if (RELEASED_BEFORE.test(before) || RELEASED_AFTER.test(text.slice(end, end + 12))) {
      released.push({ ...read, start, end, base: false });
      continue;
    }
    const fromTo = read.shape === "range" && SPAN_FROM_BEFORE.test(before) && SPAN_LINK.test(match[0]);
    // "aged 60 and above in December 2021" names an age band, not a base.
    const opensClause = OPENS_CLAUSE_BEFORE.test(before);
    const base = !fromTo && !opensClause && BASE_BEFORE.test(before) && !AGE_BAND_BEFORE.test(before);
    periods.push({ ...read, start, end, base });
  }
  return { periods, released };
}

/**
 * A period with a year: from the claim, the period an earlier sentence stated, the article's date, or —
 * with none of those — the base of a change the sentence states ("8.3 percent more than in December 2021 …
 * at the end of June": June 2022).
 */
export function resolvePeriod(
  period: ClaimedPeriod,
  anchor: DateAnchor | undefined,
  carried: ClaimedPeriod | undefined,
  base?: ClaimedPeriod,
): ClaimedPeriod | undefined {
  if (period.year !== undefined) return period;
  if (carried?.year !== undefined) return { ...period, year: carried.year };
  if (anchor) return { ...period, year: period.to <= anchor.month ? anchor.year : anchor.year - 1 };
  if (base?.year !== undefined && base.shape === "month")
    return { ...period, year: period.to > base.to ? base.year : base.year + 1 };
  return undefined;
}

/** "2025-03-02", "2025-03" or "2025" as an anchor; undefined for anything else. */
export function parseAnchor(date: string | undefined): DateAnchor | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? "");
  if (!match) return undefined;
  const month = match[2] ? Number(match[2]) : 12;
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
}
