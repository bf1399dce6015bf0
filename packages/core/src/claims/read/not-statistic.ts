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
}

const RULES: readonly NotStatisticRule[] = [
  // "the first 11 months": before the rule of months, which would name it a duration too
  { recogniser: "not-statistic.en.first-months", reason: "duration", before: /first $/, after: /^ months\b/ },
  // "for 12 consecutive years", "30 years since", "连续12年", "12年来", "a 10-year plan"
  {
    recogniser: "not-statistic.en.years",
    reason: "duration",
    after: /^(?:-| )?(?:consecutive |straight |successive )?(?:years?|decades?|months?)\b/,
  },
  { recogniser: "not-statistic.zh.streak", reason: "duration", before: /连续$/, after: /^(?:年|个月|届|次)/ },
  { recogniser: "not-statistic.zh.years", reason: "duration", after: /^(?:多)?年(?:来|间|以来|前|后|里|中)/ },
  { recogniser: "not-statistic.zh.months", reason: "duration", after: /^(?:多)?个?月(?:来|间|以来|前|后)/ },
  // 前11个月, "the first 11 months": the count of months of a period, not a statistic
  { recogniser: "not-statistic.zh.first-months", reason: "duration", before: /前$/, after: /^个?月/ },
  // "aged 60 and above", "60岁及以上", "over-60s"
  { recogniser: "not-statistic.en.aged", reason: "age", before: /(?:aged|ages|age|over-|above-|under-)\s?$/ },
  { recogniser: "not-statistic.en.age-range", reason: "age", before: /(?:aged|ages|age)\s?\d{1,3}\s?(?:-|to|and)\s?$/ },
  { recogniser: "not-statistic.zh.age-range", reason: "age", after: /^(?:-|至|到)\d{1,3}岁/ },
  // "29.5 hours a week", "19 gb", "101分钟": measured in a unit no metric here uses
  {
    recogniser: "not-statistic.any.other-unit",
    reason: "other-unit",
    after: /^ ?(?:个)?(?:小时|分钟|hours?|minutes?|gb|tb|mb|kg|km|公里|倍|times|fold)(?![a-z])/,
  },
  // "contributed 23.5 percent to the growth", "拉动…增长": a contribution, not a level or rate of ours
  {
    recogniser: "not-statistic.en.contribution",
    reason: "other-unit",
    percent: true,
    before: /(?:contributed|contributing|contribute)\s?$/,
  },
  {
    recogniser: "not-statistic.en.contribution",
    reason: "other-unit",
    percent: true,
    after: /^ ?(?:to (?:the )?(?:growth|increase))/,
  },
  {
    recogniser: "not-statistic.zh.contribution",
    reason: "other-unit",
    percent: true,
    before: /(?:贡献率|拉动)(?:为|达)?$/,
  },
  // 两年平均增速, "a two-year average", 实际增长 (after prices): rates of another kind than the ones recorded
  {
    recogniser: "not-statistic.any.other-rate",
    reason: "other-unit",
    percent: true,
    before:
      /(?:两年平均(?:增速|增长|增幅)?|(?:two|three)-year average(?: growth| rate)?|实际(?:增长|下降)|扣除价格因素[^，,]{0,8}|in real terms,? (?:up|down|rose|grew|fell)|real (?:growth|terms))(?:为|达|了|of|was|at)?\s?$/,
  },
  // "城乡地区互联网普及率差异为23.9%", "the urban-rural gap of 23.9 points": a difference of two figures, not either
  {
    recogniser: "not-statistic.any.difference",
    reason: "difference",
    percent: true,
    before:
      /(?:差异|差距|差值|相差|gap|difference)(?: between [^,;]{1,40})?(?:为|达|是|了|of|was|is|stood at|at|narrowed to|widened to)?\s?$/,
  },
  // "34.4 per 10,000 people": the base of a rate
  { recogniser: "not-statistic.en.per", reason: "denominator", before: /(?:per|every)\s?$/ },
  {
    recogniser: "not-statistic.any.age",
    reason: "age",
    after: /^(?:岁|周岁|-year-old|s and (?:above|over|older))|^ and (?:above|over|older)\b(?! percent)/,
  },
  // "top 10", "No. 1", "ranked 2nd", "第1", "前10名"
  { recogniser: "not-statistic.en.rank", reason: "rank", before: /(?:top|no\.|number|ranked|rank)\s?$/ },
  { recogniser: "not-statistic.zh.rank", reason: "rank", after: /^(?:名|位)/ },
  // "the 55th report" is caught by the reader (digits glued to letters); 第55次 likewise; "55次报告"
  { recogniser: "not-statistic.zh.report-count", reason: "count-of-reports", after: /^次(?:《|报告|中国互联网)/ },
];

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** "released on October 18", "on 18 October": a day of a month. */
const DAY_AFTER_MONTH = new RegExp(`(?:^|[^a-z])${MONTH} $`);
const DAY_BEFORE_MONTH = new RegExp(`^ (?:of )?${MONTH}(?![a-z])`);

/**
 * "is expected to pass 1.2 billion", "will reach", "plans to add", "the goal was", "预计将达到", "力争":
 * a figure the future is to tell, not a statistic.
 */
const FORECAST_BEFORE =
  /(?:(?:expected|projected|forecast|predicted|set|likely|poised|estimated|plans?|planned|planning|aims?|aimed|aiming|seeks?|sought) to|(?:will|would|could|(?<!(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?: ?- ?| to | through | and ))(?<!(?:in|of|since|until|by|through|to|end of|late|early|mid-) )may|might)(?! have)|(?:goals?|targets?) (?:is|was|of)|targeted|targeting)(?: [a-z]+){0,3} $|(?:预计|有望|目标|计划|力争|争取|规划|将(?:会)?(?=达到|突破|超过|增至|达))[^，,；;。]{0,8}$/;

/** "not 1.2 billion", "并非12亿": a figure the text denies. */
const DENIED_BEFORE = /(?:(?<![a-z])(?:not|nor|rather than|instead of)|并非|不是|而非)\s*(?:about |around |some |约)?$/;
/** "a viral post claimed", "wrongly said", "网传": the clause reports someone else's figure, or a false one. */
const QUOTED_IN_CLAUSE =
  /(?<![a-z])(?:claimed|claiming|alleged|allegedly|rumou?red|wrongly|falsely|mistakenly|incorrectly|erroneously|misreported|(?:viral|false|fake) (?:post|claim|report)s?|rumou?rs? (?:that|of|said|says|claimed))(?![a-z])|有说法称|网传|谣传|传言称|声称|误称|错误地/;

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
      .split(/[;:；：。!?！？]|,\s*(?:but|while|whereas)\b|，(?:但|而|实际上|事实上)/)
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
    if (rule.before && !rule.before.test(before)) continue;
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
