/**
 * The Chinese words the Read stage recognises, one list per kind, in simplified characters (traditional
 * text is folded to simplified before it is read). Recognisers build their regular expressions from these
 * lists by name; no pattern spells a word itself. 年, 月 and 日 are date notation, like "-" in 2024-03.
 */

/** Scales that may follow the digits after a space ("222 万个"), and 千, written glued. */
const scales = { 万亿: 1e12, 亿: 1e8, 万: 1e4 } as const;
const scalesGlued = { 千: 1e3 } as const;
/** "300多万", "1000余人": more than the figure. */
const plus = ["多", "余"] as const;
/** 6亿1700万: a count written in two scales. */
const twoScales = { high: "亿", low: "万" } as const;

const unitsAfter = {
  "percentage-point": ["个百分点"],
  CNY: ["元"],
  USD: ["美元"],
} as const;

/** Chinese numerals: 七十, 十五, 百分之七十八点六. */
const digits = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 } as const;
const tens = { 十: 10, 百: 100 } as const;
/** The numerals of a fraction's parts: 三分之一 (no zero, no 两). */
const fractionNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;
const decimalPoint = ["点"] as const;
/** 百分之七十: a percentage written in words. */
const percentWord = ["百分之"] as const;
/** 七成: tenths. */
const tenths = ["成"] as const;
/** 三分之一: a fraction. */
const fractionOf = ["分之"] as const;
const halves = { exact: ["一半", "半数"], over: ["过半"] } as const;
/** "其一半", "上半年": a half that is part of a period or of another figure. */
const halfNotAfter = ["其", "上", "下"] as const;
const halfNotBefore = ["年"] as const;
/** 翻番, 翻一番, 翻两番: how many times a figure doubled (each 番 doubles again). */
const doublings = { 一: 1, 两: 2, 二: 2, 三: 3 } as const;
/** Hedges a writer puts on a multiple: "超过翻番". */
const multipleHedges = ["超过", "超", "近", "接近", "约"] as const;

const hedges = {
  about: ["约", "大约", "大概"],
  nearly: ["近", "将近", "接近", "不到", "不足"],
  over: ["超过", "逾", "超", "突破", "多于"],
  "at-least": ["至少", "不少于", "不低于"],
  exact: ["达到", "达", "为", "是"],
} as const;
/** Hedges that may stand between a change word and its figure: "增长约5%". */
const changeHedges = ["约", "近", "超过", "逾", "突破"] as const;
const rateHedges = ["约", "近", "超过", "逾"] as const;
/** Hedges between 从 and an earlier figure. */
const earlierHedges = ["约", "近", "不足", "不到", "超过", "逾"] as const;

/** 不低于, 未跌破: a denied ceiling is a floor. */
const negations = ["不", "未", "没有", "不再", "均未", "从未", "并未", "从没"] as const;
const below = ["低于", "少于", "下于", "跌破"] as const;
const ceilings = [
  "不到",
  "不足",
  "低于",
  "少于",
  "未达",
  "未达到",
  "没有达到",
  "未突破",
  "未超过",
  "没有超过",
  "尚未突破",
  "尚未达到",
  "仍未达到",
  "仍不足",
] as const;

const changeUp = [
  "增长",
  "增加",
  "增幅",
  "提升",
  "上升",
  "提高",
  "多了",
  "增长了",
  "增加了",
  "新增",
  "净增",
  "新增的",
  "微增",
  "略增",
  "小幅增长",
  "小幅增加",
] as const;
const changeDown = ["下降", "下降了", "减少", "减少了", "下滑", "降低"] as const;
/** "增长的人数更是达": the count that grew, then an emphasis. */
const countNouns = ["数量", "人数"] as const;
const emphasis = ["更是", "已", "也"] as const;
const possessive = ["的"] as const;
const perfective = ["了"] as const;
/** 增长率为20.4%: a growth rate. */
const growthRates = ["增长率", "增速", "增幅", "增长幅度"] as const;
const respectively = ["分别", "依次", "均"] as const;
const rateCopulas = ["为", "达", "达到", "高达", "是", "高"] as const;
/** 新建5G基站88.7万个: an addition named before its subject. */
const additions = ["新增", "新建", "新建成", "净增", "新开通", "新部署"] as const;
/** Characters of 总数, 累计 between an addition and its figure: a total again. */
const totalMarks = ["总", "累"] as const;
/** "新增用户推动…规模达10.29亿": an addition that drives another count. */
const drives = ["推动", "带动", "助力", "拉动", "促进", "使", "让", "带来", "推升"] as const;

/** 三年前: a level for an earlier time. */
const yearsAgo = ["年前"] as const;
const from = ["从", "由"] as const;
const ends = ["底", "末"] as const;

const peopleNouns = ["人", "户"] as const;
const restate = ["即"] as const;
const countSuffixes = ["人", "户", "个", "元"] as const;
const and = ["和", "与", "及"] as const;
const shareOf = ["的"] as const;

const lastYear = ["去年", "上年"] as const;
/** 去年上半年, 去年1-10月: 上年 (a bureau's "the previous year") dates only an end, 上年末. */
const lastYearSpoken = ["去年"] as const;
const thisYear = ["今年"] as const;
/** 前两个月, 十二月: months in Chinese numerals. */
const monthNumerals = {
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
  十: 10,
  十一: 11,
  十二: 12,
} as const;
/** 一季度, 三季度末. */
/** 两: two in a count (两个月), never in a written date (二〇二二年二月). */
const countingTwo = ["两"] as const;
const quarterNumerals = { 一: 1, 二: 2, 三: 3, 四: 4 } as const;
/** 十三五, 十四五: five-year plans, by their final year. */
const fiveYearPlans = { 十三五: 2020, 十四五: 2025 } as const;
/** 十三五末, 十四五期末: the plan's final year-end. */
const planEnd = ["末", "期末", "时期末"] as const;
/** 十三五时期, 十四五期间: the plan's years, whose counts stand at its end. */
const planSpan = ["时期", "期间"] as const;
/** "十四五"规划: the plan itself, named before its end. */
const planWord = ["规划"] as const;
const day = ["日", "号"] as const;
/** 上半年, 下半年. */
const halfYear = { 上: 1, 下: 2 } as const;
const halfYearWord = ["半年"] as const;
/** 前10个月, 前三季度: the first months or quarters. */
const first = ["前"] as const;
const measure = ["个"] as const;
const quarter = ["季度"] as const;
const ordinalPrefix = ["第"] as const;
/** 1-10月, 1至10月: a range of months. */
const rangeTo = ["至", "到"] as const;
const monthFen = ["份"] as const;
const yearly = ["年度"] as const;
const sinceStartOfYear = ["今年以来", "年初以来"] as const;
const asOf = ["截至", "截止", "到", "至", "截至到"] as const;
/** 截至6月份: as of a month, not its own flow. */
const asOfStrict = ["截至", "截止"] as const;
/** 较上半年, 与2023年相比: a change's base. */
const baseBefore = ["较", "比", "相比", "与", "同"] as const;
const released = ["发布", "公布", "印发"] as const;

export const ZH = {
  doublings,
  multipleHedges,
  scales,
  scalesGlued,
  plus,
  twoScales,
  unitsAfter,
  digits,
  tens,
  fractionNumerals,
  decimalPoint,
  percentWord,
  tenths,
  fractionOf,
  halves,
  halfNotAfter,
  halfNotBefore,
  hedges,
  changeHedges,
  rateHedges,
  earlierHedges,
  negations,
  below,
  ceilings,
  changeUp,
  changeDown,
  countNouns,
  emphasis,
  possessive,
  perfective,
  growthRates,
  respectively,
  rateCopulas,
  additions,
  totalMarks,
  drives,
  yearsAgo,
  from,
  ends,
  peopleNouns,
  restate,
  countSuffixes,
  and,
  shareOf,
  lastYear,
  lastYearSpoken,
  thisYear,
  monthNumerals,
  countingTwo,
  quarterNumerals,
  fiveYearPlans,
  planEnd,
  planSpan,
  planWord,
  day,
  halfYear,
  halfYearWord,
  first,
  measure,
  quarter,
  ordinalPrefix,
  rangeTo,
  monthFen,
  yearly,
  sinceStartOfYear,
  asOf,
  asOfStrict,
  baseBefore,
  released,
} as const;
