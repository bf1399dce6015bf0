import { EN } from "./lexicon/en.ts";
import { anyOf, charClass } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";
import type { ClaimedPeriod, DateAnchor } from "./period.ts";
import type { Recogniser } from "./recogniser.ts";

/** A period recogniser: its pattern (groups prefixed with its own letters) and how a match reads. */
export interface PeriodReader extends Recogniser {
  readonly pattern: string;
  read(
    groups: Record<string, string | undefined>,
    anchor: DateAnchor | undefined,
  ): Omit<ClaimedPeriod, "start" | "end" | "base" | "recogniser"> | undefined;
}

type Read = ReturnType<PeriodReader["read"]>;

const YEAR = String.raw`(?:19|20)\d\d`;
const ZH_MONTH = String.raw`(?:1[0-2]|[1-9])`;
const MONTH_WORD = String.raw`${anyOf(...EN.months)}\.?`;
const THE = `(?:${anyOf(EN.the)} )?`;
const OF = `${anyOf(EN.of)} `;
const FIRST = anyOf(EN.first);
const RELATIVE_EN_WORDS = anyOf(EN.lastYear, EN.thisYear);
const RELATIVE_ZH = anyOf(ZH.thisYear, ZH.lastYearSpoken);
const ENDS = charClass(ZH.ends);
const NUMERAL = (table: Readonly<Record<string, number>>, word: string | undefined): number =>
  word === undefined ? 0 : /\d/.test(word) ? Number(word) : (table[word] ?? 0);
const YEAR_MONTHS = Object.keys(ZH.monthNumerals).filter((word) => {
  const month = ZH.monthNumerals[word as keyof typeof ZH.monthNumerals];
  return month > 1 && month < 12;
});

const QUARTER_NUMERAL = charClass(Object.keys(ZH.quarterNumerals));
const FIRST_QUARTER = Object.keys(ZH.quarterNumerals)[0];
const QUARTER_CODE = anyOf(Object.keys(EN.quarterCodes));

const LAST_YEAR = new Set<string>([...EN.lastYear, ...ZH.lastYear]);
const monthOf = (word: string | undefined): number =>
  EN.months.findIndex((forms) => forms.some((form) => form === (word ?? "").replace(/\.$/, ""))) + 1;
const yearOf = (digits: string | undefined): number | undefined => (digits ? Number(digits) : undefined);
export const relativeYear = (word: string | undefined, anchor: DateAnchor | undefined): number | undefined => {
  if (!anchor || !word) return undefined;
  return LAST_YEAR.has(word) ? anchor.year - 1 : anchor.year;
};
const range = (year: number | undefined, from: number, to: number): Read => ({ year, from, to, shape: "range" });

/** Month ranges and halves: the readers tried first, most specific first. */
const RANGES: readonly PeriodReader[] = [
  {
    id: "period.zh.month-range",
    lang: "zh",
    finds: ["2025年1—10月，网上零售额增长", "1-2月份，全国网上零售额", "2024年1至8月", "2019年3月至5月，销量"],
    ignores: ["截至10月，用户达11亿", "3月至今"],
    // "2019年3月至5月": the first month may carry its own 月.
    pattern: String.raw`(?:(?<rzY>${YEAR})年|(?<rzRel>${RELATIVE_ZH}))?(?<rzA>${ZH_MONTH})月?(?:-|~|${anyOf(ZH.rangeTo)})(?<rzB>${ZH_MONTH})月(?:${anyOf(ZH.monthFen)})?`,
    read: (g, anchor) => range(yearOf(g.rzY) ?? relativeYear(g.rzRel, anchor), Number(g.rzA), Number(g.rzB)),
  },
  {
    id: "period.en.month-range",
    lang: "en",
    finds: ["sales in January-October 2025 rose", "from jan-oct 2025", "january to october this year"],
    ignores: ["sales in October 2025 rose"],
    pattern: String.raw`(?<reA>${MONTH_WORD})(?: ?- ?| ${anyOf(EN.rangeTo)} )(?<reB>${MONTH_WORD})(?:,? ?(?:${OF})?(?<reY>${YEAR})|(?: ${anyOf(EN.periodWord)})? (?:${OF})?(?<reRel>${RELATIVE_EN_WORDS}))?`,
    read: (g, anchor) => range(yearOf(g.reY) ?? relativeYear(g.reRel, anchor), monthOf(g.reA), monthOf(g.reB)),
  },
  {
    id: "period.zh.half",
    lang: "zh",
    finds: ["2024年上半年，网上零售额", "上半年，用户增长", "今年下半年"],
    ignores: ["用户过半"],
    pattern: String.raw`(?:(?<hzY>${YEAR})年|(?<hzRel>${RELATIVE_ZH}))?(?<hzHalf>${charClass(Object.keys(ZH.halfYear))})${anyOf(ZH.halfYearWord)}`,
    read: (g, anchor) => {
      const first = ZH.halfYear[g.hzHalf as keyof typeof ZH.halfYear] === 1;
      return range(yearOf(g.hzY) ?? relativeYear(g.hzRel, anchor), first ? 1 : 7, first ? 6 : 12);
    },
  },
  {
    id: "period.en.half",
    lang: "en",
    finds: ["in the first half of 2024", "the second half of last year", "in the first half, sales"],
    ignores: ["more than half of users"],
    pattern: String.raw`${THE}(?<heHalf>${anyOf(Object.keys(EN.halfOrdinals))}) ${anyOf(EN.half)}(?: ${OF}(?:(?<heY>${YEAR})|(?<heRel>${RELATIVE_EN_WORDS})))?`,
    read: (g, anchor) => {
      const first = EN.halfOrdinals[g.heHalf as keyof typeof EN.halfOrdinals] === 1;
      return range(yearOf(g.heY) ?? relativeYear(g.heRel, anchor), first ? 1 : 7, first ? 6 : 12);
    },
  },
  {
    id: "period.en.half-code",
    lang: "en",
    finds: ["sales in 2024 H1 rose", "in H2, 2023 sales"],
    ignores: ["the h1 tag"],
    pattern: String.raw`(?<hhY1>${YEAR}) (?<hhA>${anyOf(Object.keys(EN.halfCodes))})|(?<hhB>${anyOf(Object.keys(EN.halfCodes))}),? (?<hhY2>${YEAR})`,
    read: (g) => {
      const first = EN.halfCodes[(g.hhA ?? g.hhB) as keyof typeof EN.halfCodes] === 1;
      return range(yearOf(g.hhY1 ?? g.hhY2), first ? 1 : 7, first ? 6 : 12);
    },
  },
];

/** The first months or quarters of a year, and one quarter. */
const FIRST_PARTS: readonly PeriodReader[] = [
  {
    id: "period.en.first-months",
    lang: "en",
    finds: ["in the first 10 months of 2025", "the first eleven months of this year", "the first two months"],
    ignores: ["in the first month"],
    pattern: String.raw`${THE}${FIRST} (?<fmN>\d{1,2}|${anyOf(Object.keys(EN.monthCounts))}) ${anyOf(EN.monthsWord)}(?: ${OF}(?<fmY>${YEAR})| (?:${OF})?(?<fmRel>${RELATIVE_EN_WORDS}))?`,
    read: (g, anchor) => range(yearOf(g.fmY) ?? relativeYear(g.fmRel, anchor), 1, NUMERAL(EN.monthCounts, g.fmN)),
  },
  {
    id: "period.zh.first-months",
    lang: "zh",
    finds: ["前10个月，网上零售额", "2025年前两个月", "今年前十一个月"],
    ignores: ["一个月前"],
    pattern: String.raw`(?:(?<fzY>${YEAR})年?|(?<fzRel>${RELATIVE_ZH}))?${anyOf(ZH.first)}(?<fzN>\d{1,2}|${anyOf(YEAR_MONTHS)})(?:${anyOf(ZH.measure)})?月`,
    read: (g, anchor) => range(yearOf(g.fzY) ?? relativeYear(g.fzRel, anchor), 1, NUMERAL(ZH.monthNumerals, g.fzN)),
  },
  {
    id: "period.zh.first-quarters",
    lang: "zh",
    finds: ["前三季度，网上零售额", "2024年前三个季度", "2024年前3季度", "1-3季度，网上零售额", "今年一至三季度"],
    ignores: ["三季度，网上零售额"],
    pattern: String.raw`(?:(?<fqY>${YEAR})年?|(?<fqRel>${RELATIVE_ZH}))?(?:${anyOf(ZH.first)}(?<fqN>${QUARTER_NUMERAL}|[1-4])(?:${anyOf(ZH.measure)})?|(?:1|${FIRST_QUARTER})(?:-|~|${anyOf(ZH.rangeTo)})(?<fqB>${QUARTER_NUMERAL}|[2-4]))${anyOf(ZH.quarter)}`,
    read: (g, anchor) =>
      range(yearOf(g.fqY) ?? relativeYear(g.fqRel, anchor), 1, 3 * NUMERAL(ZH.quarterNumerals, g.fqN ?? g.fqB)),
  },
  {
    id: "period.en.quarter-code-range",
    lang: "en",
    finds: ["sales in q1-q3 2024 rose", "in q1 to q3, sales"],
    ignores: ["sales in q3 2024 rose"],
    pattern: String.raw`(?<qrA>${QUARTER_CODE}) ?(?:-| ${anyOf(EN.rangeTo)} ) ?(?<qrB>${QUARTER_CODE})(?:,? (?<qrY>${YEAR}))?`,
    read: (g) =>
      g.qrA === Object.keys(EN.quarterCodes)[0]
        ? range(yearOf(g.qrY), 1, 3 * EN.quarterCodes[g.qrB as keyof typeof EN.quarterCodes])
        : undefined,
  },
  {
    id: "period.en.first-quarters",
    lang: "en",
    finds: ["in the first three quarters of 2020", "in the three quarters, sales rose"],
    ignores: ["three quarters of users"],
    pattern: String.raw`${THE}${FIRST} (?<feqN>${anyOf(Object.keys(EN.quarterCounts))}) ${anyOf(EN.quartersWord)}(?: ${OF}(?<feqY>${YEAR}))?|${anyOf(EN.the)} (?<feqN2>${anyOf(Object.keys(EN.quarterCounts))}) ${anyOf(EN.quartersWord)}(?: ${OF}(?<feqY2>${YEAR}))?(?! ${OF}[a-z])`,
    read: (g) => range(yearOf(g.feqY ?? g.feqY2), 1, 3 * NUMERAL(EN.quarterCounts, g.feqN ?? g.feqN2)),
  },
  {
    id: "period.zh.quarter-end",
    lang: "zh",
    finds: ["截至三季度末，用户达", "2024年一季度末", "今年第二季度末"],
    ignores: ["三季度，网上零售额"],
    pattern: String.raw`(?:(?<qxY>${YEAR})年|(?<qxRel>${RELATIVE_ZH}))?(?:${anyOf(ZH.ordinalPrefix)})?(?<qxQ>${QUARTER_NUMERAL}|[1-4])${anyOf(ZH.quarter)}${ENDS}`,
    read: (g, anchor) => {
      const month = 3 * NUMERAL(ZH.quarterNumerals, g.qxQ);
      return { year: yearOf(g.qxY) ?? relativeYear(g.qxRel, anchor), from: month, to: month, shape: "month" };
    },
  },
  {
    id: "period.en.quarter-end",
    lang: "en",
    finds: ["by the end of the third quarter of 2024", "at the end of the first quarter, users"],
    ignores: ["in the third quarter of 2024"],
    pattern: String.raw`${THE}${anyOf(EN.end)} ${OF}${THE}(?<qyQ>${anyOf(Object.keys(EN.ordinals))}) ${anyOf(EN.quarterWord)}(?: ${OF}(?<qyY>${YEAR})|,? (?<qyY2>${YEAR}))?`,
    read: (g) => {
      const month = 3 * EN.ordinals[g.qyQ as keyof typeof EN.ordinals];
      return { year: yearOf(g.qyY ?? g.qyY2), from: month, to: month, shape: "month" };
    },
  },
  {
    id: "period.zh.quarter",
    lang: "zh",
    finds: ["2024年一季度，网上零售额", "第一季度", "今年3季度"],
    ignores: ["前三季度"],
    pattern: String.raw`(?:(?<qzY>${YEAR})年|(?<qzRel>${RELATIVE_ZH}))?(?:${anyOf(ZH.ordinalPrefix)})?(?<qzQ>${QUARTER_NUMERAL}|[1-4])${anyOf(ZH.quarter)}`,
    read: (g, anchor) => {
      const quarter = NUMERAL(ZH.quarterNumerals, g.qzQ);
      return range(yearOf(g.qzY) ?? relativeYear(g.qzRel, anchor), quarter * 3 - 2, quarter * 3);
    },
  },
  {
    id: "period.en.quarter",
    lang: "en",
    finds: ["in the first quarter of 2024", "the third quarter, 2023", "in the second quarter"],
    ignores: ["a quarter of users"],
    pattern: String.raw`${THE}(?<qeQ>${anyOf(Object.keys(EN.ordinals))}) ${anyOf(EN.quarterWord)}(?: ${OF}(?<qeY>${YEAR})|,? (?<qeY2>${YEAR}))?`,
    read: (g) => {
      const quarter = EN.ordinals[g.qeQ as keyof typeof EN.ordinals];
      return range(yearOf(g.qeY ?? g.qeY2), quarter * 3 - 2, quarter * 3);
    },
  },
  {
    id: "period.en.quarter-code",
    lang: "en",
    finds: ["sales in q1 2024 rose", "in 2024 q3 sales"],
    ignores: ["the q-tip"],
    pattern: String.raw`(?<qqQ>${anyOf(Object.keys(EN.quarterCodes))})(?:,? (?<qqY>${YEAR}))?|(?<qqY2>${YEAR}) (?<qqQ2>${anyOf(Object.keys(EN.quarterCodes))})`,
    read: (g) => {
      const quarter = EN.quarterCodes[(g.qqQ ?? g.qqQ2) as keyof typeof EN.quarterCodes];
      return range(yearOf(g.qqY ?? g.qqY2), quarter * 3 - 2, quarter * 3);
    },
  },
];

// "今年以来", "so far this year": January to the month before the page's (the latest monthly data out).
const yearToDate: PeriodReader["read"] = (_, anchor) =>
  anchor && anchor.month > 1 ? range(undefined, 1, anchor.month - 1) : undefined;

/** Runs of the year to date, one month's own flow, and the ends of years. */
const TO_DATE: readonly PeriodReader[] = [
  {
    id: "period.zh.year-to-date",
    lang: "zh",
    finds: ["今年以来，网上零售额增长", "年初以来"],
    ignores: ["今年，用户增长"],
    pattern: anyOf(ZH.sinceStartOfYear),
    read: yearToDate,
  },
  {
    id: "period.en.year-to-date",
    lang: "en",
    finds: ["sales so far this year rose", "year-to-date sales"],
    ignores: ["sales this year rose"],
    pattern: anyOf(EN.soFarThisYear),
    read: yearToDate,
  },
  {
    // "7月份，社会消费品零售总额…": that one month's flow, not the year to date
    id: "period.zh.month-flow",
    lang: "zh",
    finds: ["7月份，社会消费品零售总额", "2024年的7月份"],
    ignores: ["1-7月份，社会消费品零售总额"],
    pattern: String.raw`(?:(?<smY>${YEAR})年${anyOf(ZH.possessive)})?(?<!${charClass(["年"], ZH.rangeTo)}|[\d-])(?<smM>${ZH_MONTH})月${anyOf(ZH.monthFen)}`,
    read: (g) => range(yearOf(g.smY), Number(g.smM), Number(g.smM)),
  },
  {
    id: "period.en.year-end",
    lang: "en",
    finds: ["at the end of 2023", "by the end of last year", "2023 year-end", "the year closed 2024 with"],
    ignores: ["at the end of the day"],
    pattern: String.raw`${THE}${anyOf(EN.end)}(?:-| ${OF})(?:${THE}${anyOf(EN.yearWord)} )?(?:(?<yeY1>${YEAR})|(?<yeRel1>${RELATIVE_EN_WORDS}))|(?<yeY2>${YEAR}) ${anyOf(EN.yearEnd)}|${anyOf(EN.yearEnd)} (?<yeY3>${YEAR})|${anyOf(EN.yearClosed)} (?<yeY4>${YEAR})`,
    read: (g, anchor) => ({
      year: yearOf(g.yeY1 ?? g.yeY2 ?? g.yeY3 ?? g.yeY4) ?? relativeYear(g.yeRel1, anchor),
      from: 12,
      to: 12,
      shape: "month",
    }),
  },
  {
    id: "period.zh.year-end",
    lang: "zh",
    finds: ["截至2023年底，用户达", "2023年末", "去年底", "上年末"],
    ignores: ["2023年12月"],
    pattern: String.raw`(?:(?<yeY5>${YEAR})年|(?<yeRel2>${anyOf(ZH.thisYear, ZH.lastYear)}))年?${ENDS}`,
    read: (g, anchor) => ({ year: yearOf(g.yeY5) ?? relativeYear(g.yeRel2, anchor), from: 12, to: 12, shape: "month" }),
  },
];

const PLAN = `["「]?(?<PLAN>${anyOf(Object.keys(ZH.fiveYearPlans))})["」]?`;
const planYear = (plan: string | undefined): number => ZH.fiveYearPlans[plan as keyof typeof ZH.fiveYearPlans] ?? 0;
// Years in Chinese numerals: 二〇二〇年, 二零二一年 (两 is no digit of a year).
const notInDates = (numeral: string) => !(ZH.countingTwo as readonly string[]).includes(numeral);
const YEAR_DIGITS = Object.keys(ZH.digits).filter(notInDates);
const NUMERAL_YEAR = `(?<NY>${charClass(YEAR_DIGITS)}{4})年`;
const MONTH_NUMERALS = Object.keys(ZH.monthNumerals).filter(notInDates);
const numeralYear = (numerals: string | undefined): number | undefined => {
  const year = Number([...(numerals ?? "")].map((numeral) => ZH.digits[numeral as keyof typeof ZH.digits]).join(""));
  return year >= 1900 && year < 2100 ? year : undefined;
};
const inMonth = (year: number | undefined, month: number): Read =>
  year === undefined ? undefined : { year, from: month, to: month, shape: "month" };

/** Periods written by name: five-year plans, dates in Chinese numerals. */
const NAMED: readonly PeriodReader[] = [
  {
    id: "period.zh.plan-end",
    lang: "zh",
    finds: ['到"十三五"末，用户达', "十四五期末", "十三五时期末"],
    ignores: ["十三五规划目标"],
    pattern: `${PLAN.replace("PLAN", "pnP")}(?:${anyOf(ZH.planWord)})?${anyOf(ZH.planEnd)}`,
    read: (g) => inMonth(planYear(g.pnP), 12),
  },
  {
    id: "period.zh.plan-years",
    lang: "zh",
    finds: ['"十三五"时期，用户达', "十四五期间，5G基站"],
    ignores: ["十四五规划提出"],
    pattern: `${PLAN.replace("PLAN", "ppP")}${anyOf(ZH.planSpan)}`,
    read: (g) => {
      const year = planYear(g.ppP);
      return { year, from: 12, to: 12, shape: "month", fromYear: year - 4 };
    },
  },
  {
    id: "period.zh.numeral-month",
    lang: "zh",
    finds: ["截至二〇二〇年十二月，用户达", "二零二一年六月"],
    ignores: ["二〇二〇年，用户达"],
    pattern: `${NUMERAL_YEAR.replace("NY", "nmY")}(?<nmM>${anyOf(MONTH_NUMERALS)})月${ENDS}?`,
    read: (g) => inMonth(numeralYear(g.nmY), ZH.monthNumerals[g.nmM as keyof typeof ZH.monthNumerals]),
  },
  {
    id: "period.zh.numeral-year-end",
    lang: "zh",
    finds: ["截至二〇二〇年底，用户达", "二零二一年末"],
    ignores: ["二〇二〇年，用户达"],
    pattern: `${NUMERAL_YEAR.replace("NY", "neY")}${ENDS}`,
    read: (g) => inMonth(numeralYear(g.neY), 12),
  },
];

/** Months and years: the least specific readers, tried last. */
const MONTHS_AND_YEARS: readonly PeriodReader[] = [
  {
    id: "period.en.month",
    lang: "en",
    finds: ["in December 2023", "as of june", "as of June 30, 2024", "at the end of June", "by May the count had"],
    ignores: ["users may rise", "the count may have risen"],
    pattern: String.raw`(?:${anyOf(EN.endOf)} )?(?<meM>${MONTH_WORD})(?:,? (?:${OF})?(?<meY>${YEAR})| (?<meD>[0-3]?\d)(?:${anyOf(EN.daySuffixes)})?(?!\d)(?:,? (?<meDY>${YEAR}))?| (?:${OF})?(?<meRel>${RELATIVE_EN_WORDS}))?(?![a-z])`,
    read: (g, anchor) => {
      const month = monthOf(g.meM);
      const year = yearOf(g.meY ?? g.meDY) ?? relativeYear(g.meRel, anchor);
      return { year, from: month, to: month, shape: "month" };
    },
  },
  {
    id: "period.zh.month",
    lang: "zh",
    finds: ["截至2023年12月，用户达", "2021年6月份", "去年6月底", "2023年12月31日"],
    ignores: ["2023年，用户达"],
    pattern: String.raw`(?:(?<mzY>${YEAR})年|(?<mzRel>${RELATIVE_ZH}))(?<mzM>${ZH_MONTH})月(?:(?<mzD>[0-3]?\d)${charClass(ZH.day)}|(?<mzFen>${anyOf(ZH.monthFen)})|${ENDS})?`,
    read: (g, anchor) => {
      const month = Number(g.mzM);
      const year = yearOf(g.mzY) ?? relativeYear(g.mzRel, anchor);
      // "2021年6月份": that month's own flow; "截至2021年6月份" is as of it.
      return { year, from: month, to: month, shape: g.mzFen ? "range" : "month" };
    },
  },
  {
    id: "period.zh.as-of-month",
    lang: "zh",
    finds: ["截至6月，用户达", "截止6月30日", "截至3月份"],
    ignores: ["6月，用户达"],
    pattern: String.raw`(?<=${anyOf(ZH.asOf)})(?<mzM2>${ZH_MONTH})月(?:[0-3]?\d${charClass(ZH.day)}|${anyOf(ZH.monthFen)}|${ENDS})?`,
    read: (g) => ({ year: undefined, from: Number(g.mzM2), to: Number(g.mzM2), shape: "month" }),
  },
  {
    id: "period.zh.month-end",
    lang: "zh",
    finds: ["6月末，用户达", "6月底"],
    ignores: ["6月，用户达"],
    pattern: String.raw`(?<mzM3>${ZH_MONTH})月${ENDS}`,
    read: (g) => ({ year: undefined, from: Number(g.mzM3), to: Number(g.mzM3), shape: "month" }),
  },
  {
    id: "period.en.relative-year",
    lang: "en",
    finds: ["users rose last year", "this year, sales"],
    ignores: ["last month"],
    pattern: `(?<relEn>${RELATIVE_EN_WORDS})`,
    read: (g, anchor) => relativeWholeYear(relativeYear(g.relEn, anchor)),
  },
  {
    id: "period.zh.relative-year",
    lang: "zh",
    finds: ["去年，用户增长", "今年，用户"],
    ignores: ["去年底", "今年上半年"],
    pattern: String.raw`(?<relZh>${RELATIVE_ZH})(?!${charClass(ZH.ends, Object.keys(ZH.halfYear))})`,
    read: (g, anchor) => relativeWholeYear(relativeYear(g.relZh, anchor)),
  },
  {
    id: "period.any.year",
    lang: "any",
    finds: ["in 2024, users", "2024年，用户", "2024年度"],
    ignores: ["12024 users"],
    pattern: String.raw`(?<yY>${YEAR})年?(?:${anyOf(ZH.yearly)})?`,
    read: (g) => ({ year: Number(g.yY), from: 1, to: 12, shape: "year" }),
  },
];

function relativeWholeYear(year: number | undefined): Read {
  return year === undefined ? undefined : { year, from: 1, to: 12, shape: "year", relative: true };
}

/** Every period recogniser, most specific first; each names its groups with a prefix of its own. */
export const PERIOD_READERS: readonly PeriodReader[] = [
  ...RANGES,
  ...FIRST_PARTS,
  ...TO_DATE,
  ...NAMED,
  ...MONTHS_AND_YEARS,
];
