import type { Qualifier } from "../../schema/fact.ts";
import { EN } from "./lexicon/en.ts";
import { HEDGE_MEANING } from "./lexicon/hedges.ts";
import { anyOf, charClass, meaningOf } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";
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
  /** The recogniser that read the number ("quantity.zh.yi-wan"), and those that read its cues. */
  readonly recogniser: string;
  readonly cues?: readonly string[];
}

const SCALE: Readonly<Record<string, number>> = {
  ...EN.scaleWords,
  ...EN.scaleAbbreviations,
  ...ZH.scales,
  ...ZH.scalesGlued,
};

const CHINESE_DIGITS: Readonly<Record<string, number>> = ZH.digits;
const YI = anyOf([ZH.twoScales.high]);
const WAN = anyOf([ZH.twoScales.low]);
const [TEN = "", HUNDRED = ""] = Object.keys(ZH.tens);

/** 七十 -> 70, 十五 -> 15, 九 -> 9: enough for 百分之七十 and 七成. */
function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in CHINESE_DIGITS) digit = CHINESE_DIGITS[char] ?? 0;
    else if (char === TEN) {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (char === HUNDRED) {
      total += (digit || 1) * 100;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const CURRENCY_BEFORE = `${anyOf(EN.currencyBefore.USD)}|${anyOf(EN.currencyBefore.CNY)} ?`;
// A space may stand between digits and 万 or 亿 ("222 万个"), as many pages space Latin and CJK.
const SCALE_WORDS = ` ?${anyOf(Object.keys(ZH.scales), Object.keys(EN.scaleWords))}|${anyOf(Object.keys(ZH.scalesGlued), Object.keys(EN.scaleAbbreviations))}`;
const UNIT_MEANING = meaningOf<ClaimedUnit>({
  percent: EN.unitsAfter.percent,
  "percentage-point": [...EN.unitsAfter["percentage-point"], ...ZH.unitsAfter["percentage-point"]],
  CNY: [...EN.unitsAfter.CNY, ...ZH.unitsAfter.CNY],
  USD: [...EN.unitsAfter.USD, ...ZH.unitsAfter.USD],
});
const UNIT_AFTER = ` ?${anyOf([...UNIT_MEANING.keys()])}`;
const CURRENCY_MEANING = meaningOf<ClaimedUnit>(EN.currencyBefore);

const SMALL_NUMBER: Readonly<Record<string, number>> = EN.numberWords;
const DENOMINATOR: Readonly<Record<string, number>> = { ...EN.numberWords, ...EN.fractionDenominators };
const ZH_NUMERAL = charClass(Object.keys(ZH.digits), Object.keys(ZH.tens));
const ZH_DIGIT = charClass(Object.keys(ZH.digits));
const DECIMAL_POINT = ZH.decimalPoint[0];
const ZH_FRACTION_NUMERAL = charClass(ZH.fractionNumerals);
const HALF_MEANING = meaningOf<Qualifier>({ ...ZH.halves, exact: [...EN.half, ...ZH.halves.exact] });

const QUANTITY = new RegExp(
  [
    `(?<pctWord>${anyOf(ZH.percentWord)})(?<pctNum>${ZH_NUMERAL}+(?:${anyOf(ZH.decimalPoint)}${ZH_DIGIT}+)?|${NUMBER})`,
    // 七成, 6成: tenths in numerals or digits.
    String.raw`(?<tenths>${ZH_NUMERAL}+|(?<!\d)\d)${anyOf(ZH.tenths)}(?!${anyOf(ZH.tenthsNotBefore)})`,
    `(?<zhDen>${ZH_FRACTION_NUMERAL}+)${anyOf(ZH.fractionOf)}(?<zhNum>${ZH_FRACTION_NUMERAL}+)`,
    String.raw`(?<ratioNum>${anyOf(EN.ratioNumerators)}|\d{1,2}) ${anyOf(EN.ratioLinks)} (?<ratioDen>${anyOf(EN.ratioDenominators)}|100|10|5|4|3)(?![\d.,])`,
    // Not "the first three quarters of 2022": a stretch of the year.
    `(?<!${anyOf(EN.fractionNotAfter)} )(?<fracNum>${anyOf(EN.fractionNumerators)}) (?<fracDen>${anyOf(Object.keys(EN.fractionDenominators))})(?![a-z])`,
    `(?<halfHedge>${anyOf(EN.halfHedges)} )?(?<half>${anyOf([...HALF_MEANING.keys()])})`,
    // "one billion", "two million yuan": a spelled number with a scale word.
    `(?<spelledNum>${anyOf(Object.keys(EN.numberWords))}) (?<spelledScale>${anyOf(Object.keys(EN.scaleWords))})(?<spelledUnit>${UNIT_AFTER})?(?![a-z-])`,
    // 6亿1700万, 1亿3000万: a count written in two scales
    String.raw`(?<yiPart>\d{1,4})${YI}(?<wanPart>\d{1,4})${WAN}(?<yiWanPlus>${anyOf(ZH.plus)})?`,
    String.raw`(?<cur>${CURRENCY_BEFORE})?(?<num>${NUMBER})(?<scale>${SCALE_WORDS})?(?<plus>${anyOf(ZH.plus)}| ?\+|-${anyOf(EN.plus)})?(?<unit>${UNIT_AFTER})?`,
  ].join("|"),
  "g",
);

const allWords = (table: Readonly<Record<string, readonly string[]>>) => Object.values(table).flat();
const HEDGE_BEFORE_EN = new RegExp(`(?<![a-z])(${anyOf(allWords(EN.hedges))})\\s*(?:${anyOf(EN.totalOf)}\\s*)?$`);
const HEDGE_BEFORE_ZH = new RegExp(`(${anyOf(allWords(ZH.hedges))})$`);

/** "no fewer than", "did not fall below", 不低于: a floor, whatever ceiling word it negates. */
const FLOOR_BEFORE = new RegExp(
  `(?:(?<![a-z])${anyOf(EN.negations)}(?: [a-z]+){0,2} ${anyOf(EN.below)}|(?<![a-z])${anyOf(EN.hedges["at-least"])}|${anyOf(ZH.negations)}${anyOf(ZH.below)}|${anyOf(ZH.hedges["at-least"])})\\s*$`,
);
/** Words that make a figure a ceiling: what is counted stays below it (a denied one is a floor, read first). */
const CEILING_BEFORE = new RegExp(
  `(?:(?<![a-z])(?<!${anyOf(EN.ceilingUnlessAfter)} )${anyOf(EN.ceilings)}|${anyOf(ZH.ceilings)})\\s*$`,
);

const EN_CHANGE_WORD = `${anyOf(EN.changeUp, EN.changeDown)}|(?<!${anyOf(EN.phrasalUp.notAfter)} )${anyOf([EN.phrasalUp.word])}`;
const CHANGE_BEFORE_EN = new RegExp(
  `(${EN_CHANGE_WORD})(?: ${anyOf(EN.changeLinks)})?(?: ${anyOf(EN.articles)})?(?: ${anyOf(EN.verbHedges)})? ?$`,
);
const CHANGE_AFTER_EN = new RegExp(`^ ?(?:-| )?${anyOf(EN.changeAfter)}|^(?: [a-z]+){0,2} ${anyOf(EN.joinedVerbs)}\\b`);
const CHANGE_BEFORE_ZH = new RegExp(
  `(${anyOf(ZH.changeUp, ZH.changeDown)})(?:${anyOf(ZH.possessive)}?${anyOf(ZH.countNouns)}${anyOf(ZH.emphasis)}?)?${anyOf(ZH.changeHedges)}?${anyOf(ZH.perfective)}?$|(${anyOf(ZH.growthRates)})${anyOf(ZH.respectively)}?${anyOf(ZH.rateCopulas)}?${anyOf(ZH.rateHedges)}?$`,
);
/**
 * An addition named before its subject: "全年新建5G基站88.7万个", "新增5G基站65.4万个". A total in between
 * ("新建…总数") makes it a level again.
 */
const ADDITION_BEFORE_ZH = new RegExp(`(${anyOf(ZH.additions)})[^，,。；;：:！？!?、${ZH.totalMarks.join("")}]{1,12}$`);
const DRIVES = new RegExp(anyOf(ZH.drives));
/** "新增用户推动…规模达10.29亿": an addition that drives another count is not that count's. */
function additionBeforeZh(before: string): RegExpExecArray | null {
  const match = ADDITION_BEFORE_ZH.exec(before);
  return match && !DRIVES.test(match[0]) ? match : null;
}

/** "887,000 new 5G base stations", "5G base stations newly built": an addition, not a total. */
const ADDITION_EN = {
  after: new RegExp(
    `^ ${anyOf(EN.newWords)}\\b|^(?: (?!${anyOf(EN.clauseWords)}\\b)[a-z0-9-]+){0,5} ${anyOf(EN.passiveAux)} ${anyOf(EN.newly)}\\b`,
  ),
  before: new RegExp(`\\b${anyOf(EN.newly)} ${anyOf(EN.builtVerbs)}\\b[^,;.]{0,30}$`),
  /** "600,000 base stations were built in 2021": built in a period, not built to date. */
  builtInPeriod: new RegExp(
    `^(?: (?!${anyOf(EN.clauseWords)}\\b)[a-z0-9-]+){0,5}(?: ${anyOf(EN.passiveAux)})? ${anyOf(EN.builtVerbs)} (?:in (?:19|20)\\d\\d|${anyOf(EN.flowPeriods)})\\b`,
  ),
  /** "China built 600,000 base stations": the simple past adds; "has built (and opened)" counts a total. */
  builtJustBefore: new RegExp(`(?<!\\b${anyOf(EN.perfectAux)}\\b[^,;.]{0,30}) ${anyOf(EN.builtVerbs)} $`),
};
/** Words that make a change a fall; the dataset validator reads a page's printed name with them too. */
export const DOWN_WORDS = new RegExp(`(${anyOf(EN.changeDown, EN.lessWords, ZH.changeDown)})`);
const LEVEL_BEFORE = new RegExp(`(?:^|[^a-z])(${anyOf(EN.levelPrepositions)})\\s*(?:${anyOf(EN.verbHedges)} )?$`);

/** The step a written number distinguishes: "1.1 billion" 0.1 billion, "200 million" 100 million, "12.5%" 0.1. */
function precisionOf(digits: string, scale: number, countTrailingZeros: boolean): number {
  const decimals = digits.split(".")[1]?.length ?? 0;
  if (decimals > 0 || !countTrailingZeros || /^0+$/.test(digits)) return 10 ** -decimals * scale;
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return 10 ** trailingZeros * scale;
}

function unitOf(currencyBefore: string | undefined, unitAfter: string | undefined): ClaimedUnit {
  const after = unitAfter?.trim();
  if (after) return UNIT_MEANING.get(after) ?? "USD";
  const before = currencyBefore?.trim();
  return (before && CURRENCY_MEANING.get(before)) || "plain";
}

const langOf = (words: string): "en" | "zh" => (HAN.test(words) ? "zh" : "en");

/** A number's hedge, floor or ceiling, with the cue recogniser that read it. */
function readHedge(before: string): Pick<Quantity, "qualifier" | "ceiling"> & { hedgeAt: number; cue?: string } {
  const hedgeMatch = HEDGE_BEFORE_EN.exec(before) ?? HEDGE_BEFORE_ZH.exec(before);
  // The longest ceiling phrase is under 24 characters: a short tail keeps the test cheap.
  const tail = before.slice(-24);
  const floor = FLOOR_BEFORE.exec(tail);
  const ceiling = floor ? null : CEILING_BEFORE.exec(tail);
  const hedged = (hedgeMatch && HEDGE_MEANING.get(hedgeMatch[1] ?? "")) || "exact";
  const qualifier = floor ? "at-least" : ceiling ? "nearly" : hedged;
  // Both hedge patterns start their match at the hedge word, so what precedes it is the verb, if any.
  const hedgeAt = hedgeMatch ? hedgeMatch.index : before.length;
  const bound = floor ?? ceiling;
  const cue = bound
    ? `cue.${langOf(bound[0])}.${floor ? "floor" : "ceiling"}`
    : hedgeMatch && hedged !== "exact"
      ? `cue.${langOf(hedgeMatch[0])}.hedge-${hedged}`
      : undefined;
  return { qualifier, ceiling: ceiling !== null, hedgeAt, ...(cue ? { cue } : {}) };
}

/** Whether the words around a number state a change, its direction, and the cue recogniser that read it. */
function readChange(before: string, after: string): Pick<Quantity, "role" | "direction"> & { cue?: string } {
  const addition =
    additionBeforeZh(before.slice(-16)) ?? ADDITION_EN.before.exec(before) ?? ADDITION_EN.builtJustBefore.exec(before);
  const changeBefore = CHANGE_BEFORE_EN.exec(before) ?? CHANGE_BEFORE_ZH.exec(before) ?? addition;
  const additionAfter = ADDITION_EN.after.exec(after) ?? ADDITION_EN.builtInPeriod.exec(after);
  const changeAfter = CHANGE_AFTER_EN.exec(after) ?? additionAfter;
  if (LEVEL_BEFORE.test(before) || !(changeBefore || changeAfter)) return { role: "level", direction: undefined };
  const word = (changeBefore?.[1] ?? changeBefore?.[2] ?? changeAfter?.[0] ?? "").trim();
  const direction = DOWN_WORDS.test(word) ? "down" : "up";
  const shown = changeBefore?.[0] ?? changeAfter?.[0] ?? "";
  const added = changeBefore ? changeBefore === addition : changeAfter === additionAfter;
  return { role: "change", direction, cue: `cue.${langOf(shown)}.${added ? "addition" : `change-${direction}`}` };
}

/** Reads the words around a number: its hedge, and whether it states a change. */
function readContext(
  text: string,
  start: number,
  end: number,
  lastEnd: number,
): Pick<Quantity, "qualifier" | "role" | "direction" | "ceiling" | "cues"> {
  const before = text.slice(Math.max(lastEnd, start - 40), start);
  const { hedgeAt, cue: hedgeCue, ...hedge } = readHedge(before);
  const { cue: changeCue, ...change } = readChange(before.slice(0, hedgeAt), text.slice(end, end + 40));
  return { ...hedge, ...change, cues: [hedgeCue, changeCue].filter((cue) => cue !== undefined) };
}

const YEAR = /^(19|20)\d\d$/;
/** "1.092 billion a year earlier", "三年前": a level stated for an earlier time than the sentence's. */
const EARLIER_AFTER = new RegExp(
  String.raw`^[^,;:，；：。\d]{0,24}?(?:(?:${anyOf(EN.fewNumbers)}|\d+) ${anyOf(EN.years)} ${anyOf(EN.ago)}|${anyOf(EN.previousYear)}|[${Object.keys(ZH.digits).join("")}\d]+${anyOf(ZH.yearsAgo)})`,
);
const EARLIER_BEFORE = new RegExp(
  `(?:(?:^|[^a-z])${anyOf(EN.from)}|${anyOf(ZH.from)})\\s*(?:(?:19|20)\\d\\d年${charClass(ZH.ends)}?${anyOf(ZH.possessive)}?)?\\s*(?:${anyOf(EN.earlierHedges)} |${anyOf(ZH.earlierHedges)})?$`,
);

/** "from 915 million", "a year earlier": whether a level is an earlier one, and the cue that says so. */
function earlierCue(
  text: string,
  at: { start: number; end: number; lastEnd: number },
  context: Pick<Quantity, "role" | "cues">,
): Pick<Quantity, "earlier" | "cues"> {
  const before = EARLIER_BEFORE.exec(text.slice(Math.max(at.lastEnd, at.start - 20), at.start));
  const after = before || context.role !== "level" ? null : EARLIER_AFTER.exec(text.slice(at.end, at.end + 40));
  const earlier = before ?? after;
  if (!earlier) return { earlier: false, cues: context.cues ?? [] };
  return { earlier: true, cues: [...(context.cues ?? []), `cue.${langOf(earlier[0])}.earlier`] };
}

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
  const [whole = "", decimals = ""] = digits.split(DECIMAL_POINT);
  const value = chineseNumeral(whole);
  if (value === undefined) return undefined;
  const places = [...decimals].map((numeral) => CHINESE_DIGITS[numeral] ?? 0);
  const fraction = places.reduce((sum, place, index) => sum + place / 10 ** (index + 1), 0);
  return { value: value + fraction, precision: 10 ** -places.length, unit: "percent" };
}

/** 七成, 6成 */
function readTenths(groups: Groups): Reading | undefined {
  const written = groups.tenths ?? "";
  const tenths = /\d/.test(written) ? Number(written) : chineseNumeral(written);
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

const HALF_NOT_AFTER = new RegExp(`${anyOf(EN.halfNotAfter, ZH.halfNotAfter)} ?$`);
const HALF_NOT_BEFORE = new RegExp(`^(?:-| )?${anyOf(EN.halfNotBefore, ZH.halfNotBefore)}`);

/** "half", 过半; but "the first half", "上半年", "a half-year growth rate" are periods, not shares. */
function readHalf(groups: Groups, site: MatchSite): Reading | undefined {
  const { text, start, end } = site;
  if (isLetter(site.previous)) return undefined;
  if (HALF_NOT_AFTER.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  if (HALF_NOT_BEFORE.test(text.slice(end, end + 6))) return undefined;
  const written = HALF_MEANING.get(groups.half ?? "");
  const hedge = written !== "exact" ? written : groups.halfHedge && HEDGE_MEANING.get(groups.halfHedge.trim());
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

/** "topped one billion", "a million more": a spelled number and its scale, read to one step of that scale. */
function readSpelled(groups: Groups, site: MatchSite): Reading | undefined {
  if (isLetter(site.previous)) return undefined;
  const number = SMALL_NUMBER[groups.spelledNum ?? ""];
  const scale = SCALE[groups.spelledScale ?? ""];
  if (number === undefined || scale === undefined) return undefined;
  return {
    value: number * scale,
    precision: precisionOf(String(number), scale, true),
    unit: unitOf(undefined, groups.spelledUnit),
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

const HAN = /[\u3400-\u9fff]/;
const ZH_SCALE_WORDS = new Set<string>([...Object.keys(ZH.scales), ...Object.keys(ZH.scalesGlued)]);

/** The recogniser of digits: what is written with them names it, currency first, then unit, then scale. */
function digitsRecogniser(groups: Groups): string {
  const unit = unitOf(groups.cur, groups.unit);
  if (unit === "CNY" || unit === "USD") return "quantity.any.currency";
  if (unit !== "plain") return `quantity.${groups.unit && HAN.test(groups.unit) ? "zh" : "any"}.percent`;
  const scale = (groups.scale ?? "").trim();
  if (ZH_SCALE_WORDS.has(scale)) return "quantity.zh.scale";
  if (scale in EN.scaleWords) return "quantity.en.scale-word";
  if (scale) return "quantity.en.glued-scale";
  return groups.plus && HAN.test(groups.plus) ? "quantity.zh.plus" : "quantity.any.digits";
}

/** The recogniser of a match, by the named group of QUANTITY it filled. */
const RECOGNISERS: Readonly<Record<string, (groups: Groups, text: string) => string>> = {
  pctWord: () => "quantity.zh.bai-fen-zhi",
  tenths: () => "quantity.zh.cheng",
  zhDen: () => "quantity.zh.fen-zhi",
  ratioNum: () => "quantity.en.in-ten",
  fracNum: () => "quantity.en.fraction",
  half: (_, text) => (HAN.test(text) ? "quantity.zh.half" : "quantity.en.half"),
  yiPart: () => "quantity.zh.yi-wan",
  spelledNum: () => "quantity.en.spelled-scale",
  num: digitsRecogniser,
};

/** Which reader reads a match, by the named group of QUANTITY it filled. */
const READERS: readonly (readonly [group: string, read: Reader])[] = [
  ["pctWord", readChinesePercent],
  ["tenths", readTenths],
  ["zhDen", readChineseFraction],
  ["ratioNum", readFraction],
  ["fracNum", readFraction],
  ["half", readHalf],
  ["yiPart", readYiWan],
  ["spelledNum", readSpelled],
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
    const [group = "", read] = READERS.find(([name]) => groups[name] !== undefined) ?? [];
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
      recogniser: RECOGNISERS[group]?.(groups, match[0]) ?? "quantity.any.digits",
      value: reading.value,
      precision,
      unit: reading.unit,
      ...context,
      qualifier,
      ceiling,
      ...earlierCue(text, { start, end, lastEnd }, context),
    });
    lastEnd = end;
  }
  return withMultiples(text, inheritChangeRoles(text, quantities)).slice(0, limit);
}

// A change's base may stand before ", or": "gaining 39.35 million from December 2023, or 7.7%".
const BASE_THEN_OR = `\\s+${anyOf(EN.baseBefore)}\\s+[^,，;；()（）]{1,30},\\s*${anyOf(EN.restate)}`;
/** What stands between a figure and its restatement: "86.29 million, or 20.4 percent", "(13.1%)". */
export const RESTATES = new RegExp(
  `^\\s*${anyOf(EN.peopleNouns, ZH.peopleNouns)}?(?:${BASE_THEN_OR}|\\s*(?:,|，)?\\s*${anyOf(EN.restate, ZH.restate)}?)\\s*$|^\\s*[(（]\\s*$`,
);
const LIST_JOIN = new RegExp(`^\\s*${charClass(ZH.countSuffixes)}?\\s*(?:,|，|、)?\\s*${anyOf(EN.and, ZH.and)}?\\s*$`);
const SHARE_AFTER = new RegExp(`^\\s*${anyOf(EN.shareOf, ZH.shareOf)}`);

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
