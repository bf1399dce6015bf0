import type { Qualifier } from "../../schema/fact.ts";
import { withMultiples } from "./multiple.ts";

/** What a claimed number is measured in; `plain` is a count of people or things. */
export type ClaimedUnit = "plain" | "percent" | "percentage-point" | "CNY" | "USD";

/** One number stated in a claim, read as a writer means it. Positions index the normalized text. */
export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly precision: number;
  readonly unit: ClaimedUnit;
  readonly qualifier: Qualifier;
  /** `change` for "an increase of 59.5 million", `level` for "974 million". */
  readonly role: "level" | "change";
  readonly direction: "up" | "down" | undefined;
  /** "from 915 million" in "rose to 974 million from 915 million": an earlier value, not the current one. */
  readonly earlier: boolean;
  /** "under 1.2 billion", "不到12亿", "尚未突破12亿": at most the figure, by up to a step of it. */
  readonly ceiling?: boolean;
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  千: 1e3,
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
};

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 七十 -> 70, 十五 -> 15, 九 -> 9: enough for 百分之七十 and 七成. */
function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in CHINESE_DIGITS) digit = CHINESE_DIGITS[char] ?? 0;
    else if (char === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (char === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const CURRENCY_BEFORE = "us\\$|\\$|rmb ?|cny ?|¥ ?|￥ ?";
// A space may stand between digits and 万 or 亿 ("222 万个"), as many pages space Latin and CJK.
const SCALE_WORDS = " ?万亿| ?亿| ?万|千| ?trillion| ?billion| ?million| ?thousand|bn|mn|tn|m|b|k";
const UNIT_AFTER = String.raw` ?(?:%|percentage points?|percent|per cent|pct|个百分点|yuan|renminbi|rmb|cny|元|us dollars|u\.s\. dollars|dollars|usd|美元)`;

const SMALL_NUMBER: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const DENOMINATOR: Record<string, number> = {
  quarter: 4,
  quarters: 4,
  third: 3,
  thirds: 3,
  fifth: 5,
  fifths: 5,
  ten: 10,
  five: 5,
  four: 4,
  three: 3,
  "a hundred": 100,
};

const QUANTITY = new RegExp(
  [
    `(?<pctWord>百分之)(?<pctNum>[零一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|${NUMBER})`,
    "(?<tenths>[零一二两三四五六七八九十]+)成",
    "(?<zhDen>[一二三四五六七八九十]+)分之(?<zhNum>[一二三四五六七八九十]+)",
    "(?<ratioNum>one|two|three|four|five|six|seven|eight|nine|\\d{1,2}) (?:in|out of) (?<ratioDen>ten|10|five|5|four|4|three|3|100|a hundred)(?![\\d.,])",
    // Not "the first three quarters of 2022": a stretch of the year.
    "(?<!(?:first|last|past|next|previous|recent|the) )(?<fracNum>a|one|two|three|four) (?<fracDen>quarters?|thirds?|fifths?)(?![a-z])",
    "(?<halfHedge>more than |over |nearly |almost |about |around |roughly )?(?<half>half|一半|过半|半数)",
    // 6亿1700万, 1亿3000万: a count written in two scales
    "(?<yiPart>\\d{1,4})亿(?<wanPart>\\d{1,4})万(?<yiWanPlus>多|余)?",
    `(?<cur>${CURRENCY_BEFORE})?(?<num>${NUMBER})(?<scale>${SCALE_WORDS})?(?<plus>多|余| ?\\+|-plus)?(?<unit>${UNIT_AFTER})?`,
  ].join("|"),
  "g",
);

const HEDGE_BEFORE_EN =
  /(?<![a-z])(about|around|approximately|roughly|some|an estimated|nearly|almost|close to|just under|under|less than|fewer than|just over|over|more than|above|exceeded|exceeding|exceeds|exceed|topped|tops|top|surpassed|surpassing|surpass|passed|crossed|beyond|at least|no fewer than|no less than|upwards of|in excess of|reached|reaching|reach|hit|stood at|totaled|totalled|was|were|is|are)\s*(?:a total of\s*)?$/;
const HEDGE_BEFORE_ZH = /(约|大约|大概|近|将近|接近|超过|逾|超|突破|多于|达到|达|至少|不少于|不低于|不到|不足|为|是)$/;

/** "no fewer than", "did not fall below", 不低于: a floor, whatever ceiling word it negates. */
const FLOOR_BEFORE =
  /(?:(?<![a-z])(?:not|never|no longer|n't)(?: [a-z]+){0,2} (?:below|under|less than|fewer than)|(?<![a-z])no (?:less|fewer) than|(?:不|未|没有|不再|均未|从未|并未|从没)(?:低于|少于|下于|跌破))\s*$/;
/** Words that make a figure a ceiling: what is counted stays below it. */
const CEILING_BEFORE =
  /(?:(?<![a-z])(?<!just )(?:under|below|less than|fewer than|short of|(?:yet|failed) to (?:reach|hit|top|pass|cross)|(?:has|have|had|did|does|do) not(?: yet)? (?:reached|hit|topped|passed|crossed|reach|top|pass|cross)|not (?:yet )?(?:reached|above|over))|不到|不足|(?<!不)低于|(?<!不)少于|未达到?|没有达到|未突破|未超过|没有超过|尚未突破|尚未达到|仍未达到|仍不足)\s*$/;

const HEDGE_MEANING: Record<string, Qualifier> = {
  about: "about",
  around: "about",
  approximately: "about",
  roughly: "about",
  some: "about",
  "an estimated": "about",
  约: "about",
  大约: "about",
  大概: "about",
  nearly: "nearly",
  almost: "nearly",
  "close to": "nearly",
  "just under": "nearly",
  under: "nearly",
  "less than": "nearly",
  "fewer than": "nearly",
  近: "nearly",
  将近: "nearly",
  接近: "nearly",
  不到: "nearly",
  不足: "nearly",
  "just over": "over",
  over: "over",
  "more than": "over",
  above: "over",
  exceeded: "over",
  exceeding: "over",
  exceeds: "over",
  exceed: "over",
  topped: "over",
  tops: "over",
  top: "over",
  surpassed: "over",
  surpassing: "over",
  surpass: "over",
  passed: "over",
  crossed: "over",
  beyond: "over",
  "upwards of": "over",
  "in excess of": "over",
  超过: "over",
  逾: "over",
  超: "over",
  突破: "over",
  多于: "over",
  "at least": "at-least",
  "no fewer than": "at-least",
  "no less than": "at-least",
  至少: "at-least",
  不少于: "at-least",
  不低于: "at-least",
};

const CHANGE_BEFORE_EN =
  /(growth rates?|rates? of growth|increase|increased|increasing|rise|rose|risen|rising|grew|grown|growing|growth|gain|gained|gaining|added|adding|(?<!(?:make|made|makes|making|take|took|takes|add|adds|adding|sum|sums|summed|end|ended|ends|wind|wound|show|shows|showed|pick|picked|set|sets|build|built|builds) )up|jump|jumped|climb|climbed|expanded|expansion|surge|surged|fell|fall|fallen|falling|drop|dropped|dip|dipped|slid|slipped|decline|declined|decrease|decreased|down|shrank|shrunk|contracted|lost)(?: by| of)?(?: an?)?(?: about| around| nearly| almost| over| more than| roughly| some| approximately| at least)? ?$/;
const CHANGE_AFTER_EN =
  /^ ?(?:-| )?(?:increase|rise|growth|jump|gain|climb|surge|drop|decline|decrease|fall|more than|fewer than|higher|lower|year on year|year-on-year|yoy|from the previous year|over the previous year|on the previous year|from a year earlier|compared with)|^(?: [a-z]+){0,2} (?:joined|came online|got online|went online for the first time|were added|have been added)\b/;
const CHANGE_BEFORE_ZH =
  /(增长|增加|增幅|提升|上升|提高|多了|增长了|增加了|新增|净增|新增的|微增|略增|小幅增长|小幅增加|下降|下降了|减少|减少了|下滑|降低)(?:的?(?:数量|人数)(?:更是|已|也)?)?(?:约|近|超过|逾|突破)?了?$|(增长率|增速|增幅|增长幅度)(?:分别|依次|均)?(?:为|达|达到|高达|是|高)?(?:约|近|超过|逾)?$/;
/**
 * An addition named before its subject: "全年新建5G基站88.7万个", "新增5G基站65.4万个". A total in between
 * ("新建…总数") makes it a level again.
 */
const ADDITION_BEFORE_ZH = /(新增|新建|新建成|净增|新开通|新部署)[^，,。；;：:！？!?、总累]{1,12}$/;
/** "新增用户推动…规模达10.29亿": an addition that drives another count is not that count's. */
function additionBeforeZh(before: string): RegExpExecArray | null {
  const match = ADDITION_BEFORE_ZH.exec(before);
  return match && !/推动|带动|助力|拉动|促进|使|让|带来|推升/.test(match[0]) ? match : null;
}

/** "887,000 new 5G base stations", "5G base stations newly built": an addition, not a total. */
const ADDITION_EN = {
  after:
    /^ (?:new|newly)\b|^(?: (?!as\b|while\b|and\b|when\b|after\b|because\b|with\b|since\b)[a-z0-9-]+){0,5} (?:were|was|have been|had been) newly\b/,
  before: /\bnewly (?:built|added|installed|opened|deployed)\b[^,;.]{0,30}$/,
};
/** Words that make a change a fall; the dataset validator reads a page's printed name with them too. */
export const DOWN_WORDS =
  /(fell|fall|fallen|falling|drop|dropped|dip|dipped|slid|slipped|decline|declined|decrease|decreased|down|shrank|shrunk|contracted|lost|fewer|lower|下降|减少|下滑|降低)/;
const LEVEL_BEFORE =
  /(?:^|[^a-z])(to|at)\s*(?:about |around |nearly |almost |over |more than |roughly |some |approximately |at least )?$/;

/** The step a written number distinguishes: "1.1 billion" 0.1 billion, "200 million" 100 million, "12.5%" 0.1. */
function precisionOf(digits: string, scale: number, countTrailingZeros: boolean): number {
  const decimals = digits.split(".")[1]?.length ?? 0;
  if (decimals > 0 || !countTrailingZeros || /^0+$/.test(digits)) return 10 ** -decimals * scale;
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return 10 ** trailingZeros * scale;
}

function unitOf(currencyBefore: string | undefined, unitAfter: string | undefined): ClaimedUnit {
  const after = unitAfter?.trim();
  if (after) {
    if (after === "%" || after === "percent" || after === "per cent" || after === "pct") return "percent";
    if (after.startsWith("percentage point") || after === "个百分点") return "percentage-point";
    if (after === "yuan" || after === "renminbi" || after === "rmb" || after === "cny" || after === "元") return "CNY";
    return "USD";
  }
  const before = currencyBefore?.trim();
  if (before === "$" || before === "us$") return "USD";
  if (before) return "CNY";
  return "plain";
}

/** Reads the words around a number: its hedge, and whether it states a change. */
function readContext(
  text: string,
  start: number,
  end: number,
  lastEnd: number,
): Pick<Quantity, "qualifier" | "role" | "direction" | "ceiling"> {
  const before = text.slice(Math.max(lastEnd, start - 40), start);
  const after = text.slice(end, end + 40);
  const hedgeMatch = HEDGE_BEFORE_EN.exec(before) ?? HEDGE_BEFORE_ZH.exec(before);
  // The longest ceiling phrase is under 24 characters: a short tail keeps the test cheap.
  const tail = before.slice(-24);
  const floor = FLOOR_BEFORE.test(tail);
  const ceiling = !floor && CEILING_BEFORE.test(tail);
  const hedged = (hedgeMatch && HEDGE_MEANING[hedgeMatch[1] ?? ""]) || "exact";
  const qualifier = floor ? "at-least" : ceiling ? "nearly" : hedged;
  // Both hedge patterns start their match at the hedge word, so what precedes it is the verb, if any.
  const withoutHedge = hedgeMatch ? before.slice(0, hedgeMatch.index) : before;
  const changeBefore =
    CHANGE_BEFORE_EN.exec(withoutHedge) ??
    CHANGE_BEFORE_ZH.exec(withoutHedge) ??
    additionBeforeZh(withoutHedge.slice(-16)) ??
    ADDITION_EN.before.exec(withoutHedge);
  const changeAfter = CHANGE_AFTER_EN.exec(after) ?? ADDITION_EN.after.exec(after);
  if (!LEVEL_BEFORE.test(before) && (changeBefore || changeAfter)) {
    const word = (changeBefore?.[1] ?? changeBefore?.[2] ?? changeAfter?.[0] ?? "").trim();
    return { qualifier, role: "change", direction: DOWN_WORDS.test(word) ? "down" : "up", ceiling };
  }
  return { qualifier, role: "level", direction: undefined, ceiling };
}

const YEAR = /^(19|20)\d\d$/;
/** "1.092 billion a year earlier", "三年前": a level stated for an earlier time than the sentence's. */
const EARLIER_AFTER =
  /^[^,;:，；：。\d]{0,24}?(?:(?:a|one|two|three|four|five|\d+) years? (?:earlier|ago|before)|(?:the )?(?:previous|prior) year|[一二三四五两\d]+年前)/;
const EARLIER_BEFORE =
  /(?:(?:^|[^a-z])from|从|由)\s*(?:(?:19|20)\d\d年(?:底|末)?的?)?\s*(?:about |around |nearly |some |roughly |less than |more than |over |under |约|近|不足|不到|超过|逾)?$/;

/** What one reader makes of one matched number; undefined when the match is not a figure. */
interface Reading {
  readonly value: number;
  readonly precision: number;
  readonly unit: ClaimedUnit;
  /** A hedge written into the number itself: "300多万", "more than half". */
  readonly hedge?: Qualifier | undefined;
}

/** Where a match sits: the characters either side decide whether it is a figure at all. */
interface MatchSite {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly previous: string;
  readonly next: string;
}

type Groups = Record<string, string | undefined>;
type Reader = (groups: Groups, site: MatchSite) => Reading | undefined;

const isLetter = (char: string) => /[a-z]/.test(char);

/** 百分之七十, 百分之12.5 */
function readChinesePercent(groups: Groups): Reading | undefined {
  const digits = groups.pctNum ?? "";
  if (/\d/.test(digits)) return { value: Number(digits), precision: precisionOf(digits, 1, false), unit: "percent" };
  // 百分之七十八点六: whole part in numerals, then one numeral a decimal place.
  const [whole = "", decimals = ""] = digits.split("点");
  const value = chineseNumeral(whole);
  if (value === undefined) return undefined;
  const places = [...decimals].map((numeral) => "零一二三四五六七八九".indexOf(numeral.replace("〇", "零")));
  const fraction = places.reduce((sum, place, index) => sum + place / 10 ** (index + 1), 0);
  return { value: value + fraction, precision: 10 ** -places.length, unit: "percent" };
}

/** 七成 */
function readTenths(groups: Groups): Reading | undefined {
  const tenths = chineseNumeral(groups.tenths ?? "");
  return tenths === undefined ? undefined : { value: tenths * 10, precision: 10, unit: "percent" };
}

/** 三分之一 */
function readChineseFraction(groups: Groups): Reading | undefined {
  const numerator = chineseNumeral(groups.zhNum ?? "");
  const denominator = chineseNumeral(groups.zhDen ?? "");
  if (!numerator || !denominator) return undefined;
  return { value: (numerator / denominator) * 100, precision: Math.min(100 / denominator, 5), unit: "percent" };
}

/** "7 in 10", "three quarters", "a third": a share written as a fraction, read to within 5 points. */
function readFraction(groups: Groups, site: MatchSite): Reading | undefined {
  if (isLetter(site.previous)) return undefined;
  const numeratorWord = groups.ratioNum ?? groups.fracNum ?? "";
  const numerator = SMALL_NUMBER[numeratorWord] ?? Number(numeratorWord);
  const denominatorWord = groups.ratioDen ?? groups.fracDen ?? "";
  const denominator = DENOMINATOR[denominatorWord] ?? Number(denominatorWord);
  if (!numerator || !denominator || numerator > denominator) return undefined;
  return { value: (numerator / denominator) * 100, precision: Math.min(100 / denominator, 5), unit: "percent" };
}

/** "half", 过半; but "the first half", "上半年", "a half-year growth rate" are periods, not shares. */
function readHalf(groups: Groups, site: MatchSite): Reading | undefined {
  const { text, start, end } = site;
  if (isLetter(site.previous)) return undefined;
  if (/(?:first|second|latter|其|上|下) ?$/.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  if (/^(?:-| )?(?:year|年)/.test(text.slice(end, end + 6))) return undefined;
  const hedge = groups.half === "过半" ? "over" : groups.halfHedge && HEDGE_MEANING[groups.halfHedge.trim()];
  return { value: 50, precision: 10, unit: "percent", hedge: hedge || undefined };
}

/** Digits with their scale, currency and unit: "1.1 billion", "222 万个", "US$1.2bn", "-1.3%". */
function readDigits(groups: Groups, site: MatchSite): Reading | undefined {
  const { text, start, end, previous, next } = site;
  const digits = groups.num ?? "";
  const scaleWord = (groups.scale ?? "").trim();
  const scale = SCALE[scaleWord] ?? 1;
  // "5g", "ipv6", "/32", "55th": digits glued to words are names, not figures; "7%8" is a garbled 78%, read as printed.
  if (/[a-z0-9_/%]/.test(previous) || (!groups.unit && /[a-z0-9]/.test(next))) return undefined;
  if (/[年月]/.test(previous) || /[月日号]/.test(next)) return undefined;
  // "1—7月", "1至10月": the first month of a range of months
  if (/^(?:-|~|至|到)\d{1,2}月/.test(text.slice(end, end + 5))) return undefined;
  if (previous === "第" || (previous === "-" && isLetter(text[start - 2] ?? ""))) return undefined;
  if (!scaleWord && !groups.cur && !groups.unit && YEAR.test(digits)) return undefined;
  if (scaleWord.length === 1 && isLetter(scaleWord) && isLetter(next)) return undefined;
  // "-1.3%" is a fall: a minus sign that does not join two words or numbers.
  const negative = (previous === "-" || previous === "\u2212") && !/[a-z0-9]/.test(text[start - 2] ?? "");
  const unit = unitOf(groups.cur, groups.unit);
  const plain = digits.replaceAll(",", "");
  return {
    // 1.108亿 is clean; floating error from 1.108 * 1e8 is not a claim's precision.
    value: Number((Number(plain) * scale * (negative ? -1 : 1)).toPrecision(12)),
    // Round numbers are round on purpose: "200 million" means to the nearest hundred million; percentages are read as written.
    precision: Number(precisionOf(plain, scale, unit !== "percent" && unit !== "percentage-point").toPrecision(6)),
    unit,
    hedge: groups.plus ? "over" : undefined,
  };
}

/** 6亿1700万: the two scales added, precise to the 万 written. */
function readYiWan(groups: Groups): Reading {
  const value = Number(groups.yiPart) * 1e8 + Number(groups.wanPart) * 1e4;
  const trailing = /0*$/.exec(groups.wanPart ?? "")?.[0].length ?? 0;
  return {
    value,
    precision: 10 ** Math.min(trailing, 3) * 1e4,
    unit: "plain",
    hedge: groups.yiWanPlus ? "over" : undefined,
  };
}

/** Which reader reads a match, by the named group of QUANTITY it filled. */
const READERS: readonly (readonly [group: string, read: Reader])[] = [
  ["pctWord", readChinesePercent],
  ["tenths", readTenths],
  ["zhDen", readChineseFraction],
  ["ratioNum", readFraction],
  ["fracNum", readFraction],
  ["half", readHalf],
  ["yiPart", readYiWan],
  ["num", readDigits],
];

/** Every number in a normalized claim, with its scale, unit, hedge and role. Years are periods, not quantities. */
export function extractQuantities(text: string, limit = Number.POSITIVE_INFINITY): Quantity[] {
  const quantities: Quantity[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(QUANTITY)) {
    if (quantities.length >= limit) break;
    const start = match.index;
    const end = start + match[0].length;
    const groups: Groups = match.groups ?? {};
    const site = { text, start, end, previous: text[start - 1] ?? " ", next: text[end] ?? " " };
    const read = READERS.find(([group]) => groups[group] !== undefined)?.[1];
    const reading = read?.(groups, site);
    if (!reading) continue;
    const context = readContext(text, start, end, lastEnd);
    const qualifier = reading.hedge ?? context.qualifier;
    let precision = reading.precision;
    // "More than 90%", "nearly 80%" are bounds at round numbers: read their step from their significant digits;
    // "about 80%" reaches a quarter of that step either way (77.5–82.5).
    if (reading.unit === "percent" && groups.num && qualifier !== "exact") {
      const step = precisionOf(groups.num.replaceAll(",", ""), 1, true);
      precision = Math.max(precision, qualifier === "about" ? step / 4 : step);
    }
    // "nearly one in five": a fraction is a rough share, short of it by up to its own step.
    const fraction = groups.fracNum ?? groups.ratioNum ?? groups.zhNum ?? groups.tenths;
    const ceiling = context.ceiling || (qualifier === "nearly" && fraction !== undefined);
    quantities.push({
      start,
      end,
      text: match[0].trim(),
      value: reading.value,
      precision,
      unit: reading.unit,
      ...context,
      qualifier,
      ceiling,
      earlier:
        EARLIER_BEFORE.test(text.slice(Math.max(lastEnd, start - 20), start)) ||
        (context.role === "level" && EARLIER_AFTER.test(text.slice(end, end + 40))),
    });
    lastEnd = end;
  }
  return withMultiples(text, inheritChangeRoles(text, quantities)).slice(0, limit);
}

/** What stands between a figure and its restatement: "86.29 million, or 20.4 percent", "(13.1%)". */
export const RESTATES = /^\s*(?:users|people|subscribers|人|户)?\s*(?:,|，)?\s*(?:or|or about|即)?\s*$|^\s*[(（]\s*$/;
const LIST_JOIN = /^\s*(?:人|户|个|元)?\s*(?:,|，|、)?\s*(?:and|和|与|及)?\s*$/;
const SHARE_AFTER = /^ ?(?:of|的|of all|of the)\b|^\s*(?:of|的)/;

/**
 * A figure takes the role of the change before it when it restates it ("an increase of 86.29 million,
 * or 20.4 percent") or continues its list ("rose by 34.92 million, 30.91 million and 35.92 million").
 */
function inheritChangeRoles(text: string, quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const quantity of quantities) {
    const previous = out.at(-1);
    const between = previous ? text.slice(previous.end, quantity.start) : "";
    const sameKind = previous !== undefined && (previous.unit === "percent") === (quantity.unit === "percent");
    const restates =
      quantity.unit === "percent" &&
      RESTATES.test(between) &&
      !SHARE_AFTER.test(text.slice(quantity.end, quantity.end + 8));
    const continues =
      sameKind && LIST_JOIN.test(between) && !SHARE_AFTER.test(text.slice(quantity.end, quantity.end + 8));
    if (previous?.role === "change" && quantity.role === "level" && (restates || continues))
      out.push({ ...quantity, role: "change", direction: previous.direction });
    else out.push(quantity);
  }
  return out;
}
