import { EN } from "./lexicon/en.ts";
import { anyOf, phrases } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";
import type { Quantity } from "./quantity.ts";

/** Why a number in a claim is not a statistic to judge: it counts years, names an age, ranks, or converts. */
export type NotStatisticReason =
  | "duration"
  | "age"
  | "rank"
  | "conversion"
  | "count-of-reports"
  | "denominator"
  | "other-unit"
  | "date"
  | "difference";

interface NotStatisticRule {
  readonly recogniser: string;
  readonly reason: NotStatisticReason;
  /** Also for percentages ("contributed 23.5 percent to the growth"). */
  readonly percent?: boolean;
  /** Tested on the text right after the number, and right before it. */
  readonly after?: RegExp;
  readonly before?: RegExp;
  /** How far back `before` looks, when its words run longer than the usual 12 characters. */
  readonly reach?: number;
}

const after = (pattern: string) => new RegExp(`^(?:${pattern})`);
const before = (pattern: string) => new RegExp(`(?:${pattern})$`);
const DURATION_EN = `(?:-| )?(?:${anyOf(EN.streakWords)} )?${anyOf(EN.durationUnits)}\\b`;
const OTHER_RATE = `(?:${anyOf(ZH.otherRates, EN.otherRates)}|${anyOf(ZH.priceAdjusted)}[^，,]{0,8})`;
const DIFFERENCE = `${anyOf(ZH.differences, EN.differences)}(?: ${anyOf(EN.differenceBetween)} [^,;]{1,40})?`;
const AGE_RANGE_EN = `${anyOf(EN.ageRangeBefore)}\\s?\\d{1,3}\\s?${anyOf(EN.ageRangeLinks)}\\s?`;

const RULES: readonly NotStatisticRule[] = [
  // "the first 11 months": before the rule of months, which would name it a duration too
  {
    recogniser: "not-statistic.en.first-months",
    reason: "duration",
    before: before(`${anyOf(EN.firstMonths.before)} `),
    after: after(` ${anyOf(EN.firstMonths.after)}\\b`),
  },
  // "for 12 consecutive years", "30 years since", "连续12年", "12年来", "a 10-year plan"
  { recogniser: "not-statistic.en.years", reason: "duration", after: after(DURATION_EN) },
  {
    recogniser: "not-statistic.zh.streak",
    reason: "duration",
    before: before(anyOf(ZH.streak.before)),
    after: after(anyOf(ZH.streak.after)),
  },
  {
    recogniser: "not-statistic.zh.years",
    reason: "duration",
    after: after(anyOf(phrases(ZH.durationYears, ZH.durationSuffixes, ""))),
  },
  {
    recogniser: "not-statistic.zh.months",
    reason: "duration",
    after: after(anyOf(phrases(ZH.durationMonths, ZH.durationMonthSuffixes, ""))),
  },
  // 前11个月: the count of months of a period, not a statistic
  {
    recogniser: "not-statistic.zh.first-months",
    reason: "duration",
    before: before(anyOf(ZH.first)),
    after: after(anyOf(ZH.firstMonthsAfter)),
  },
  // "aged 60 and above", "60岁及以上", "over-60s"
  { recogniser: "not-statistic.en.aged", reason: "age", before: before(`${anyOf(EN.ageBefore)}\\s?`) },
  { recogniser: "not-statistic.en.age-range", reason: "age", before: before(AGE_RANGE_EN) },
  {
    recogniser: "not-statistic.zh.age-range",
    reason: "age",
    after: after(`(?:-|${anyOf(ZH.rangeTo)})\\d{1,3}${anyOf([ZH.ageAfter[0]])}`),
  },
  // "29.5 hours a week", "19 gb", "101分钟": measured in a unit no metric here uses
  {
    recogniser: "not-statistic.any.other-unit",
    reason: "other-unit",
    after: after(` ?${anyOf(ZH.otherUnitMeasure)}?${anyOf(ZH.otherUnits, EN.otherUnits)}(?![a-z])`),
  },
  // "contributed 23.5 percent to the growth", "拉动…增长": a contribution, not a level or rate of ours
  {
    recogniser: "not-statistic.en.contribution",
    reason: "other-unit",
    percent: true,
    before: before(`${anyOf(EN.contributed)}\\s?`),
  },
  {
    recogniser: "not-statistic.en.contribution",
    reason: "other-unit",
    percent: true,
    after: after(` ?${anyOf(EN.contributionTo)}`),
  },
  {
    recogniser: "not-statistic.zh.contribution",
    reason: "other-unit",
    percent: true,
    before: before(`${anyOf(ZH.contributions)}${anyOf(ZH.contributionCopulas)}?`),
  },
  // 两年平均增速, "a two-year average", 实际增长 (after prices): rates of another kind than the ones recorded
  {
    recogniser: "not-statistic.any.other-rate",
    reason: "other-unit",
    percent: true,
    before: before(`${OTHER_RATE}${anyOf(ZH.otherRateCopulas, EN.otherRateCopulas)}?\\s?`),
    reach: 24,
  },
  {
    recogniser: "not-statistic.any.other-rate",
    reason: "other-unit",
    percent: true,
    after: after(` ?${anyOf(EN.otherRatesAfter)}\\b`),
  },
  // "城乡地区互联网普及率差异为23.9%", "the urban-rural gap of 23.9 points": a difference of two figures, not either
  {
    recogniser: "not-statistic.any.difference",
    reason: "difference",
    percent: true,
    before: before(`${DIFFERENCE}${anyOf(ZH.differenceCopulas, EN.differenceCopulas)}?\\s?`),
  },
  // "34.4 per 10,000 people": the base of a rate
  { recogniser: "not-statistic.en.per", reason: "denominator", before: before(`${anyOf(EN.perWords)}\\s?`) },
  {
    recogniser: "not-statistic.any.age",
    reason: "age",
    after: after(`${anyOf(ZH.ageAfter, EN.ageAfter)}| ${anyOf(EN.ageAndUp)}\\b(?! ${anyOf(EN.ageAndUpNotBefore)})`),
  },
  // "top 10", "No. 1", "ranked 2nd", "第1", "前10名"
  { recogniser: "not-statistic.en.rank", reason: "rank", before: before(`${anyOf(EN.rankBefore)}\\s?`) },
  { recogniser: "not-statistic.zh.rank", reason: "rank", after: after(anyOf(ZH.rankAfter)) },
  // "the 55th report" is caught by the reader (digits glued to letters); 第55次 likewise; "55次报告"
  {
    recogniser: "not-statistic.zh.report-count",
    reason: "count-of-reports",
    after: after(`${anyOf(ZH.reportCount.measure)}${anyOf(ZH.reportCount.next)}`),
  },
];

// Whole month names only: a month stem inside "decade", "mayor" or "markets" names no day.
const MONTH = `${anyOf(EN.months.flat())}\\.?(?![a-z])`;
/** "released on October 18", "on 18 October": a day of a month. */
const DAY_AFTER_MONTH = new RegExp(`(?:^|[^a-z])${MONTH} $`);
const DAY_BEFORE_MONTH = new RegExp(`^ (?:of )?${MONTH}(?![a-z])`);

const MONTHS_NOT_MAY = EN.months.flat().filter((form) => !(EN.ambiguousMonths as readonly string[]).includes(form));
/** "from March to May", "in May": the month, not the modal. */
const MAY_MODAL = `(?<!${anyOf(MONTHS_NOT_MAY)}\\.?${anyOf(EN.monthRangeLinks)})(?<!${anyOf(EN.mayMonthBefore)} )${anyOf(EN.forecastMay)}`;
const FORECAST_EN = `(?:${anyOf(EN.forecastTo)}|(?:${anyOf(EN.forecastModals)}|${MAY_MODAL})(?! ${anyOf(EN.forecastNotBefore)})|${anyOf(EN.forecastGoals, EN.forecastTargeted)})(?: [a-z]+){0,3} $`;
const FORECAST_ZH = `(?:${anyOf(ZH.forecasts)}|${anyOf(ZH.forecastWill)}(?=${anyOf(ZH.forecastWillBefore)}))[^，,；;。]{0,8}$`;
/**
 * "is expected to pass 1.2 billion", "will reach", "plans to add", "the goal was", "预计将达到", "力争":
 * a figure the future is to tell, not a statistic.
 */
const FORECAST_BEFORE = new RegExp(`${FORECAST_EN}|${FORECAST_ZH}`);

/** "not 1.2 billion", "并非12亿": a figure the text denies. */
const DENIED_BEFORE = new RegExp(
  `(?:(?<![a-z])${anyOf(EN.denials)}|${anyOf(ZH.denials)})\\s*(?:${anyOf(EN.denialHedges, ZH.denialHedges)})?$`,
);
/** "a viral post claimed", "wrongly said", "网传": the clause reports someone else's figure, or a false one. */
const QUOTED_IN_CLAUSE = new RegExp(`(?<![a-z])${anyOf(EN.quoted)}(?![a-z])|${anyOf(ZH.quoted)}`);
/** Where a clause turns: the figure after it is the writer's again ("…, but it had 1.09 billion"). */
const CLAUSE_TURN = new RegExp(`[;:；：。!?！？]|,\\s*${anyOf(EN.contrasts)}\\b|，${anyOf(ZH.contrasts)}`);

const HAN = /[\u3400-\u9fff]/;
const cueOf = (kind: string, match: RegExpExecArray | null) =>
  match ? `cue.${HAN.test(match[0]) ? "zh" : "en"}.${kind}` : undefined;

/** Whether the text denies a figure or reports it as someone else's claim: it is not the writer's statement. */
export function isQuoted(quantity: Quantity, text: string): boolean {
  return quoteCue(quantity, text) !== undefined;
}

/** The recogniser of a denial ("cue.en.denied") or a reported claim ("cue.zh.quote") before a figure. */
export function quoteCue(quantity: Quantity, text: string): string | undefined {
  const clause =
    text
      .slice(Math.max(0, quantity.start - 80), quantity.start)
      .split(CLAUSE_TURN)
      .at(-1) ?? "";
  return cueOf("denied", DENIED_BEFORE.exec(clause)) ?? cueOf("quote", QUOTED_IN_CLAUSE.exec(clause));
}

/** Whether a figure is stated as a forecast: it may be confirmed by what came true, never flagged. */
export function isForecast(quantity: Quantity, text: string): boolean {
  return forecastCue(quantity, text) !== undefined;
}

/** The recogniser of a forecast before a figure: "cue.en.forecast", "cue.zh.forecast". */
export function forecastCue(quantity: Quantity, text: string): string | undefined {
  const clause =
    text
      .slice(Math.max(0, quantity.start - 40), quantity.start)
      .split(/[,;，；。]/)
      .at(-1) ?? "";
  return cueOf("forecast", FORECAST_BEFORE.exec(clause));
}

function isDayOfMonth(quantity: Quantity, before: string, after: string): boolean {
  const day =
    quantity.unit === "plain" && Number.isInteger(quantity.value) && quantity.value >= 1 && quantity.value <= 31;
  return day && /^\d{1,2}$/.test(quantity.text) && (DAY_AFTER_MONTH.test(before) || DAY_BEFORE_MONTH.test(after));
}

/** A currency figure in brackets right after another currency figure is a conversion, not a claim. */
const CONVERSION_OPEN = /[(（][^()（）]{0,12}$/;

/** Why `quantity` is not a statistic, and the recogniser that says so; undefined when it is one to judge. */
export function ruledOutBy(
  quantity: Quantity,
  text: string,
  previous: Quantity | undefined,
): { readonly reason: NotStatisticReason; readonly recogniser: string } | undefined {
  const after = text.slice(quantity.end, quantity.end + 30);
  const before = text.slice(Math.max(0, quantity.start - 12), quantity.start);
  const isRate = quantity.unit === "percent" || quantity.unit === "percentage-point";
  if (isDayOfMonth(quantity, before, after)) return { reason: "date", recogniser: "not-statistic.en.day-of-month" };
  for (const rule of RULES) {
    if (isRate && !rule.percent) continue;
    if (rule.after && !rule.after.test(after)) continue;
    if (
      rule.before &&
      !rule.before.test(rule.reach ? text.slice(Math.max(0, quantity.start - rule.reach), quantity.start) : before)
    )
      continue;
    if (rule.after || rule.before) return rule;
  }
  const currency = (unit: Quantity["unit"]) => unit === "CNY" || unit === "USD";
  if (
    previous &&
    currency(quantity.unit) &&
    currency(previous.unit) &&
    previous.unit !== quantity.unit &&
    CONVERSION_OPEN.test(text.slice(previous.end, quantity.start))
  )
    return { reason: "conversion", recogniser: "not-statistic.any.conversion" };
  return undefined;
}

/** Why `quantity` is not a statistic, or undefined when it is one to judge. */
export function notStatistic(
  quantity: Quantity,
  text: string,
  previous: Quantity | undefined,
): NotStatisticReason | undefined {
  return ruledOutBy(quantity, text, previous)?.reason;
}
