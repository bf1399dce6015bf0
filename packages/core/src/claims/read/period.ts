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
}

/** When the article was published, as YYYY-MM(-DD): the anchor for "last year" and "as of June". */
export interface DateAnchor {
  readonly year: number;
  readonly month: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const ZH_MONTH = String.raw`(?:1[0-2]|[1-9])`;

interface PeriodReader {
  readonly pattern: string;
  read(
    groups: Record<string, string | undefined>,
    anchor: DateAnchor | undefined,
  ): Omit<ClaimedPeriod, "start" | "end" | "base"> | undefined;
}

const monthOf = (word: string | undefined): number => MONTHS.indexOf((word ?? "").slice(0, 3)) + 1;
const yearOf = (digits: string | undefined): number | undefined => (digits ? Number(digits) : undefined);
const relativeYear = (word: string | undefined, anchor: DateAnchor | undefined): number | undefined => {
  if (!anchor || !word) return undefined;
  return /last|previous|去|上/.test(word) ? anchor.year - 1 : anchor.year;
};
const RELATIVE_EN = "(?<relEn>last year|this year)";

/** A table of readers, most specific first; each names its groups with a prefix of its own. */
const READERS: readonly PeriodReader[] = [
  {
    // 2025年1—10月, 1-10月, 2024年1至8月
    pattern: String.raw`(?:(?<rzY>${YEAR})年|(?<rzRel>今年|去年))?(?<rzA>${ZH_MONTH})(?:-|~|至|到)(?<rzB>${ZH_MONTH})月(?:份)?`,
    read: (g, anchor) => ({
      year: yearOf(g.rzY) ?? relativeYear(g.rzRel, anchor),
      from: Number(g.rzA),
      to: Number(g.rzB),
      shape: "range",
    }),
  },
  {
    // January-October 2025, jan-oct 2025, january to october
    pattern: String.raw`(?<reA>${MONTH_WORD})(?: ?- ?| to | through )(?<reB>${MONTH_WORD})(?:,? ?(?:of )?(?<reY>${YEAR})|(?: period)? (?:of )?(?<reRel>this year|last year))?`,
    read: (g, anchor) => ({
      year: yearOf(g.reY) ?? relativeYear(g.reRel, anchor),
      from: monthOf(g.reA),
      to: monthOf(g.reB),
      shape: "range",
    }),
  },
  {
    // 2024年上半年, 上半年, 今年上半年, the first half of 2024, h1 2024, 2024 h1
    pattern: String.raw`(?:(?<hzY>${YEAR})年|(?<hzRel>今年|去年))?(?<hzHalf>上|下)半年|(?:the )?(?<heHalf>first|second) half(?: of (?:(?<heY>${YEAR})|${RELATIVE_EN.replace("relEn", "heRel")}))?|(?<hhY1>${YEAR}) (?<hhA>h[12])|(?<hhB>h[12]),? (?<hhY2>${YEAR})`,
    read: (g, anchor) => {
      const first = g.hzHalf === "上" || g.heHalf === "first" || g.hhA === "h1" || g.hhB === "h1";
      const year = yearOf(g.hzY ?? g.heY ?? g.hhY1 ?? g.hhY2) ?? relativeYear(g.hzRel ?? g.heRel, anchor);
      return { year, from: first ? 1 : 7, to: first ? 6 : 12, shape: "range" };
    },
  },
  {
    // the first 10 months of 2025, 前10个月, 前三季度
    pattern: String.raw`(?:the )?first (?<fmN>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months(?: of (?<fmY>${YEAR})| (?:of )?(?<fmRel>this year|last year))?|(?:(?<fzY>${YEAR})年?|(?<fzRel>今年|去年))?前(?<fzN>\d{1,2}|[两二三四五六七八九十]|十一)个?月|(?<fqY>${YEAR})?年?前三季度|(?:the )?first three quarters(?: of (?<feqY>${YEAR}))?|the three quarters(?: of (?<feqY2>${YEAR}))?(?! of [a-z])`,
    read: (g, anchor) => {
      const words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
      const numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
      const count = g.fmN ?? (g.fzN === "两" ? "二" : g.fzN);
      const named = count ? Math.max(words.indexOf(count), numerals.indexOf(count)) : -1;
      const to = count ? (/\d/.test(count) ? Number(count) : named) : 9;
      const year = yearOf(g.fmY ?? g.fzY ?? g.fqY ?? g.feqY ?? g.feqY2) ?? relativeYear(g.fzRel ?? g.fmRel, anchor);
      return { year, from: 1, to, shape: "range" };
    },
  },
  {
    // 2024年一季度, 第一季度, the first quarter of 2024, Q1 2024, 2024 Q1: that quarter's three months
    pattern: String.raw`(?:(?<qzY>${YEAR})年|(?<qzRel>今年|去年))?第?(?<qzQ>[一二三四1-4])季度|(?:the )?(?<qeQ>first|second|third|fourth) quarter(?: of (?<qeY>${YEAR})|,? (?<qeY2>${YEAR}))?|(?<qqQ>q[1-4])(?:,? (?<qqY>${YEAR}))?|(?<qqY2>${YEAR}) (?<qqQ2>q[1-4])`,
    read: (g, anchor) => {
      const names = ["一", "二", "三", "四"];
      const words = ["first", "second", "third", "fourth"];
      const zh = g.qzQ ? (/\d/.test(g.qzQ) ? Number(g.qzQ) : names.indexOf(g.qzQ) + 1) : 0;
      const quarter = zh || words.indexOf(g.qeQ ?? "") + 1 || Number((g.qqQ ?? g.qqQ2 ?? "q0").slice(1));
      const year = yearOf(g.qzY ?? g.qeY ?? g.qeY2 ?? g.qqY ?? g.qqY2) ?? relativeYear(g.qzRel, anchor);
      return { year, from: quarter * 3 - 2, to: quarter * 3, shape: "range" };
    },
  },
  {
    // 今年以来, "so far this year": January to the month before the page's (the latest monthly data out)
    pattern: "今年以来|年初以来|(?:so far this year|this year so far|year[- ]to[- ]date)",
    read: (_, anchor) =>
      anchor && anchor.month > 1 ? { year: undefined, from: 1, to: anchor.month - 1, shape: "range" } : undefined,
  },
  {
    // "7月份，社会消费品零售总额…": that one month's flow, not the year to date
    pattern: String.raw`(?:(?<smY>${YEAR})年的)?(?<![年至到\d-])(?<smM>${ZH_MONTH})月份`,
    read: (g) => ({ year: yearOf(g.smY), from: Number(g.smM), to: Number(g.smM), shape: "range" }),
  },
  {
    // end of 2023, the end of last year, 2023 year-end, closed 2024, 2023年底, 2023年末, 去年底
    pattern: String.raw`(?:the )?end(?:-| of )(?:(?:the )?year )?(?:(?<yeY1>${YEAR})|${RELATIVE_EN.replace("relEn", "yeRel1")})|(?<yeY2>${YEAR}) year-end|year-end (?<yeY3>${YEAR})|(?:closed|ended|ending) (?<yeY4>${YEAR})|(?:(?<yeY5>${YEAR})年|(?<yeRel2>去年|今年|上年))年?(?:底|末)`,
    read: (g, anchor) => ({
      year: yearOf(g.yeY1 ?? g.yeY2 ?? g.yeY3 ?? g.yeY4 ?? g.yeY5) ?? relativeYear(g.yeRel1 ?? g.yeRel2, anchor),
      from: 12,
      to: 12,
      shape: "month",
    }),
  },
  {
    // December 2023, June of 2024, dec. 2023, 2023年12月, end of June, as of june (no year), 截至6月, 6月末, 6月底
    pattern: String.raw`(?:(?:the )?end of )?(?<meM>${MONTH_WORD})(?:,? (?:of )?(?<meY>${YEAR})| (?<meD>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,? (?<meDY>${YEAR}))?| (?:of )?(?<meRel>this year|last year))?(?![a-z])|(?:(?<mzY>${YEAR})年|(?<mzRel>今年|去年))(?<mzM>${ZH_MONTH})月(?:(?<mzD>[0-3]?\d)[日号]|(?<mzFen>份)|末|底)?|(?<=截至|截止|到|至|截至到)(?<mzM2>${ZH_MONTH})月(?:[0-3]?\d[日号]|份|末|底)?|(?<mzM3>${ZH_MONTH})月(?:末|底)`,
    read: (g, anchor) => {
      const month = g.meM ? monthOf(g.meM) : Number(g.mzM ?? g.mzM2 ?? g.mzM3);
      return {
        year: yearOf(g.meY ?? g.meDY ?? g.mzY) ?? relativeYear(g.meRel ?? g.mzRel, anchor),
        from: month,
        to: month,
        // "2021年6月份": that month's own flow; "截至2021年6月份" is as of it (below).
        shape: g.mzFen ? "range" : "month",
      };
    },
  },
  {
    pattern: String.raw`${RELATIVE_EN}|(?<relZh>去年|今年)(?![底末上下])`,
    read: (g, anchor) => {
      const year = relativeYear(g.relEn ?? g.relZh, anchor);
      return year === undefined ? undefined : { year, from: 1, to: 12, shape: "year", relative: true };
    },
  },
  {
    pattern: String.raw`(?<yY>${YEAR})年?(?:年度)?`,
    read: (g) => ({ year: Number(g.yY), from: 1, to: 12, shape: "year" }),
  },
];

// Each reader's pattern is wrapped in a group of its own (r0, r1, …): a match names its reader in one lookup.
const PERIOD = new RegExp(READERS.map((reader, index) => `(?<r${index}>${reader.pattern})`).join("|"), "g");
const READER_GROUPS = READERS.map((_, index) => `r${index}`);

const BASE_BEFORE =
  /(?:^|[^a-z])(?:from|since|than|above|below|compared with|compared to|versus|vs\.?|over|on|against|较|比|相比|与|同)\s*(?:at\s+)?(?:the\s+)?(?:last\s+|previous\s+)?(?:level (?:of|in)\s+|figure (?:of|in)\s+|in\s+|same period of\s+|end of\s+)?$/;

const AGE_BAND_BEFORE = /(?:and|or) (?:above|over|below|under)\s*(?:in\s+)?$/;
const RELEASED_BEFORE = /(?:released|published|issued|unveiled)\s+(?:in|on|at)\s+(?:the\s+)?$/;
const RELEASED_AFTER = /^\s*(?:的)?(?:发布|公布|印发)/;

/** "as of June 30, 2024", "截至6月30日": a day that dates a count; other days date an event ("On January 17, CNNIC published"). */
const AS_OF_BEFORE = /(?:as of|as at|by|until|till|through|to|since|截至|截止)\s*$/;
/** "17 January 2025", "the 17th of January": a day written before its month. */
const DAY_BEFORE = /(?:^|[^\d.,])([0-3]?\d)(?:st|nd|rd|th)?(?: of)? $/;

/** "may" is a month only beside a year or a date word; as a verb it is not a period. */
const AMBIGUOUS_MONTH = /^(?:the end of )?may$/;

/** Years, months, half-years and month ranges a normalized claim names, outside numbers already read as quantities. */
export function extractPeriods(text: string, anchor?: DateAnchor): ClaimedPeriod[] {
  return readPeriods(text, anchor).periods;
}

const RELEASE_WORD = /released|published|issued|unveiled|发布|公布|印发/;

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
    if (AMBIGUOUS_MONTH.test(match[0])) continue;
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
    const reader = READERS[READER_GROUPS.findIndex((name) => groups[name] !== undefined)];
    const readAs = reader?.read(groups, anchor);
    if (!readAs || readAs.from < 1 || readAs.to > 12 || readAs.from > readAs.to) continue;
    const asOf = readAs.shape === "range" && readAs.from === readAs.to && /(?:截至|截止)\s*$/.test(before);
    const read = asOf ? { ...readAs, shape: "month" as const } : readAs;
    // "from January to April" is a span, not the start of a change; "较上半年" is a change's base.
    // "data released in March 2024", "2024年3月发布的报告": when a report came out, not what its figures are for.
    if (RELEASED_BEFORE.test(before) || RELEASED_AFTER.test(text.slice(end, end + 12))) {
      released.push({ ...read, start, end, base: false });
      continue;
    }
    const fromTo = read.shape === "range" && /(?:from|between)\s*$/.test(before) && /\sto\s|-|\sand\s/.test(match[0]);
    // "aged 60 and above in December 2021" names an age band, not a base.
    // "On June 30, 2024, China had…" opens a clause with the date it counts, not a base ("up 5% on 2023").
    const opensClause = /(?:^|[,;，；:]\s*)(?:on|over)\s*(?:the\s+)?$/.test(before);
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
