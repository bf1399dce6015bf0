import { phrases } from "./pattern.ts";

/**
 * The Chinese words the Read stage recognises, one list per kind, in simplified characters (traditional
 * text is folded to simplified before it is read). Recognisers build their regular expressions from these
 * lists by name; no pattern spells a word itself. 年, 月 and 日 are date notation, like "-" in 2024-03.
 */

/** Words that narrow a figure to part of the population or another kind of quantity, by kind. */
const subPopulationWords = {
  rural: ["农村", "乡村"],
  urban: ["城镇", "城市"],
  minors: ["未成年", "青少年", "儿童"],
  elderly: ["老年", "老人", "银发"],
  age: ["岁"],
  disability: ["残疾"],
  students: ["学生", "学历", "大专", "本科"],
  newcomers: ["新增网民", "新网民", "新入网", "新上网", "首次上网", "第一次上网"],
  gender: ["女性", "男性"],
  occupation: ["农民"],
  region: ["省"],
  business: ["市场", "收入", "企业", "领域"],
  accounts: ["账号", "月活"],
  network: ["移动电话基站", "4g基站", "端口", "千兆"],
  tourism: ["入境", "境外", "外籍"],
  cars: ["汽车", "车载"],
  "non-users": ["非网民"],
  generation: ["z世代"],
  games: ["游戏", "体育", "真人秀", "演唱会", "赛事"],
  goods: ["实物"],
  devices: ["智能手机"],
  "single-month": ["单月", "当月"],
  // NBS's 限额以上单位: the units above the size threshold, a part of all retail sales
  "above-size": ["限额以上"],
} as const;
/** 90后: a generation written after a decade's digit. */
const generationAfterDigit = ["0后"] as const;
/** "增长8.8%，占社会消费品零售总额的比重为25.3%": a clause giving the share of what just grew. */
const shareVerbs = ["占", "占到"] as const;
/** Companies and places inside China: their figures are their own, unless the clause names China's. */
const placesInChina = [
  "美团",
  "百度",
  "抖音",
  "京东",
  "阿里",
  "淘宝",
  "天猫",
  "腾讯",
  "微信",
  "支付宝",
  "拼多多",
  "快手",
  "字节跳动",
  "广东",
  "上海",
  "浙江",
  "江苏",
  "山东",
  "河南",
  "四川",
  "湖北",
  "湖南",
  "福建",
  "安徽",
  "河北",
  "陕西",
  "辽宁",
  "江西",
  "重庆",
  "云南",
  "广西",
  "山西",
  "贵州",
  "吉林",
  "黑龙江",
  "天津",
  "内蒙古",
  "新疆",
  "甘肃",
  "海南",
  "宁夏",
  "青海",
  "西藏",
  "深圳",
  "杭州",
  "广州",
] as const;

/** 半年来, 六个月内: the span a change took; 上半年 is a period, not a span. */
const halfYearNotAfter = ["上", "下", "前", "后"] as const;
const elapsedSuffixes = ["来", "内", "间", "时间"] as const;
const sixMonths = ["六个月", "6个月"] as const;
/** Words that open a new clause: 而, 同时, 其中. */
const clauseConjunctions = ["而", "同时", "其中"] as const;

/** 连续12年, 连续3次: a streak, not a statistic. */
const streak = { before: ["连续"], after: ["年", "个月", "届", "次"] } as const;
/** 12年来, 30多年间, 6个月以来: a span of time. */
const durationYears = ["年", "多年"] as const;
const durationMonths = ["月", "个月", "多月", "多个月"] as const;
const durationSuffixes = ["来", "间", "以来", "前", "后", "里", "中"] as const;
const durationMonthSuffixes = ["来", "间", "以来", "前", "后"] as const;
/** 前11个月: the count of months of a period. */
const firstMonthsAfter = ["月", "个月"] as const;
/** 18-24岁, 60周岁: an age. */
const ageAfter = ["岁", "周岁"] as const;
/** 101分钟, 5倍: units no metric here uses. */
const otherUnits = ["小时", "分钟", "公里", "倍"] as const;
const otherUnitMeasure = ["个"] as const;
/** 贡献率为, 拉动: a contribution. */
const contributions = ["贡献率", "拉动"] as const;
const contributionCopulas = ["为", "达"] as const;
/** 两年平均增速, 实际增长, 扣除价格因素: rates of another kind than the ones recorded. */
const otherRates = [...phrases(["两年平均"], ["", "增速", "增长", "增幅"], ""), "实际增长", "实际下降"] as const;
const priceAdjusted = ["扣除价格因素"] as const;
const otherRateCopulas = ["为", "达", "了"] as const;
/** 差异为23.9%: a difference of two figures. */
const differences = ["差异", "差距", "差值", "相差"] as const;
const differenceCopulas = ["为", "达", "是", "了"] as const;
/** 前10名, 第2位: a rank. */
const rankAfter = ["名", "位"] as const;
/** 55次报告, 第53次《…》: a count of reports. */
const reportCount = { measure: ["次"], next: ["《", "报告", "中国互联网"] } as const;
/** 预计将达到, 力争: a figure the future is to tell. */
const forecasts = ["预计", "有望", "目标", "计划", "力争", "争取", "规划"] as const;
const forecastWill = ["将", "将会"] as const;
const forecastWillBefore = ["达到", "突破", "超过", "增至", "达"] as const;
/** 并非12亿, 不是约12亿: a figure the text denies. */
const denials = ["并非", "不是", "而非"] as const;
const denialHedges = ["约"] as const;
/** 网传, 有说法称: the clause reports someone else's figure, or a false one. */
const quoted = ["有说法称", "网传", "谣传", "传言称", "声称", "误称", "错误地"] as const;
/** ，但 ，而: a clause that turns against the one before. */
const contrasts = ["但", "而", "实际上", "事实上"] as const;

/** 同比, 过去一年: a change over twelve months, whatever else the sentence dates. */
const yearOnYear = ["同比", "过去一年", "过去12个月", "近一年"] as const;

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
/** "双11成交额": 成 that begins a word after a figure is no tenths. */
const tenthsNotBefore = ["交"] as const;
/** 三分之一: a fraction. */
const fractionOf = ["分之"] as const;
const halves = { exact: ["一半", "半数"], over: ["过半"] } as const;
/** "其一半", "上半年": a half that is part of a period or of another figure. */
const halfNotAfter = ["其", "上", "下"] as const;
const halfNotBefore = ["年"] as const;
/** 翻番, 翻一番, 翻两番: how many times a figure doubled (each 番 doubles again). */
const doublings = { 一: 1, 两: 2, 二: 2, 三: 3 } as const;
/** 翻番, 翻了一番, 翻两番: the verb and measure word of a doubling. */
const doubling = { verb: "翻", measure: "番" } as const;
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
/** What joins a list's figures: 和, 及, 以及. */
const listJoins = [...and, "以及"] as const;
/** 使用率, 普及率, 渗透率: a rate that is a share. */
const shareRates = ["使用", "普及", "渗透"] as const;
const rate = ["比率"] as const;
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

/** What a share names as its whole, before the figure: 占全国网民总数的, 占全国总人口的, 农村居民中. */
const wholes = {
  share: ["占"],
  nationwide: ["全国"],
  netizenTotals: ["整体", "总数", "总体"],
  ratios: ["比例", "比重"],
  copulas: ["为", "达"],
  floorCopulas: ["为", "达", "超过", "超"],
  among: ["在"],
  amongAll: ["全体"],
  within: ["中"],
  total: ["总"],
  population: ["人口"],
  populationTotal: ["总数"],
  /** "rural internet penetration" as printed: 互联网普及率 counts people, not users. */
  penetration: ["互联网普及率"],
  areas: ["农村", "城镇", "城市"],
  residentsAmong: ["居民中"],
  have: ["有"],
  onlineRetail: ["网上零售"],
  amount: ["额"],
  ofThem: ["其中"],
  shareWord: ["占比"],
  groupQualifiers: ["整体", "全部", "全体", "所有"],
  users: ["用户"],
} as const;

/** 其中…, 这一群体…: a clause about a part of the sentence before's subject. */
const pointingBack = ["其中", "该群体", "这一群体"] as const;

/** 网民 as the whole a share is counted within: 占全国网民总数的, 在整体网民中, 近6成网民, 网民使用率. */
const netizens = ["网民"] as const;
const wholeQualifiers = ["整体", "全体", "全部", "全国"] as const;
const rateOfWhole = ["使用率"] as const;
const shareOfWhole = ["占", "占到"] as const;
/** 在网民中, 网民中分别有30.6%: the group figures are counted within; 中国, 中心 are other words. */
const amongAfter = ["当中", "之中", "中"] as const;
const amongAfterNot = ["国", "心", "文", "部", "央"] as const;
/** "用户利用…回答问题的比例": users doing something with a product, a share counted among those users. */
const usersDoing = { users: ["用户"], verbs: ["利用", "使用", "通过"], rate: ["比例", "比重", "占比"] } as const;

export const ZH = {
  shareVerbs,
  amongAfter,
  amongAfterNot,
  usersDoing,
  yearOnYear,
  streak,
  durationYears,
  durationMonths,
  durationSuffixes,
  durationMonthSuffixes,
  firstMonthsAfter,
  ageAfter,
  otherUnits,
  otherUnitMeasure,
  contributions,
  contributionCopulas,
  otherRates,
  priceAdjusted,
  otherRateCopulas,
  differences,
  differenceCopulas,
  rankAfter,
  reportCount,
  forecasts,
  forecastWill,
  forecastWillBefore,
  denials,
  denialHedges,
  quoted,
  contrasts,
  halfYearNotAfter,
  elapsedSuffixes,
  sixMonths,
  clauseConjunctions,
  subPopulationWords,
  generationAfterDigit,
  placesInChina,
  doublings,
  doubling,
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
  tenthsNotBefore,
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
  listJoins,
  shareRates,
  rate,
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
  wholes,
  pointingBack,
  netizens,
  wholeQualifiers,
  rateOfWhole,
  shareOfWhole,
} as const;
