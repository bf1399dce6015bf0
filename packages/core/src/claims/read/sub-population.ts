/**
 * Words that narrow a figure to part of the population or to another kind of quantity (a market, accounts,
 * all mobile base stations, one company's users, one province's sales); a metric whose own words do not
 * include them is another metric. One-word markers are looked up word by word: as one long alternation tried
 * at every position they cost more than the rest of a claim's reading.
 */
const LATIN_WORDS = new Set(
  (
    "rural urban village villages countryside minor minors teenager teenagers youth youths student students aged " +
    "elderly senior seniors women men newcomers farmers province provincial market revenue 4g education college " +
    "companies firms enterprises inbound tourists silver pensioner pensioners retiree retirees underage juvenile " +
    "juveniles children kids disabled disabilities ports gigabit game games gaming sports esports physical tangible"
  ).split(" "),
);
const PLACES_HAN_WORDS = (
  "美团 百度 抖音 京东 阿里 淘宝 天猫 腾讯 微信 支付宝 拼多多 快手 字节跳动 广东 上海 浙江 江苏 山东 河南 四川 湖北 " +
  "湖南 福建 安徽 河北 陕西 辽宁 江西 重庆 云南 广西 山西 贵州 吉林 黑龙江 天津 内蒙古 新疆 甘肃 海南 宁夏 青海 西藏 深圳 " +
  "杭州 广州"
).split(" ");
/** Companies and places inside China: their figures are their own, unless the clause names China's. */
const PLACES = new Set([
  ...(
    "meituan baidu douyin tiktok jd alibaba taobao tmall tencent wechat alipay pinduoduo kuaishou bytedance " +
    "guangdong shanghai zhejiang jiangsu shandong henan sichuan hubei hunan fujian anhui hebei shaanxi liaoning " +
    "jiangxi chongqing yunnan guangxi shanxi guizhou jilin heilongjiang tianjin xinjiang gansu hainan ningxia " +
    "qinghai tibet xizang shenzhen hangzhou guangzhou"
  ).split(" "),
  ...PLACES_HAN_WORDS,
]);
const PLACES_HAN = new RegExp(PLACES_HAN_WORDS.join("|"), "g");

/** A marker's place in the text; `place` for a company or a place inside China. */
export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly place?: boolean;
}
/** Markers of more than one word, or of a shape. */
const LATIN_PHRASES =
  /\b(?:young people|older people|new (?:internet )?users|monthly active|mobile (?:phone )?base stations?|foreign visitors|over-\d{2}s?|sixty-plus|\d{2}-plus|post-(?:19|20)?\d0s|gen(?:eration)? z|smart (?:connected )?cars?|in-car|connected cars?|non-internet users|non-users|offline population|(?:did not|do not|does not|didn't|don't|doesn't|never) (?:use|access|go on|get on) the internet|not (?:yet )?online|inner mongolia|single month|(?:the|that) month alone|in (?:that|the) month)\b|\.cn/g;
/** "people over 60": an age band after the people it bounds. */
const AGE_BAND = /(?<=(?:those|people|users|adults|netizens|residents|seniors) )(?:over|under|above) \d{2}\b/g;

/** The one-word markers among a text's words (runs of a–z and 0–9). */
function latinWords(text: string): { index: number; 0: string }[] {
  const found: { index: number; 0: string }[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0;
    const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (wordChar && start < 0) start = at;
    else if (!wordChar && start >= 0) {
      const word = text.slice(start, at);
      if (LATIN_WORDS.has(word) || PLACES.has(word)) found.push({ index: start, 0: word });
      start = -1;
    }
  }
  return found;
}
const MARKER_HAN =
  /农村|城镇|城市|乡村|未成年|青少年|老年|老人|儿童|残疾|岁|学生|新增网民|新网民|女性|男性|农民|银发|省|市场|收入|账号|月活|移动电话基站|4g基站|学历|大专|本科|企业|入境|境外|外籍|汽车|车载|非网民|z世代|\d0后|端口|千兆|游戏|体育|真人秀|演唱会|赛事|新入网|新上网|首次上网|第一次上网|领域|实物|单月|当月/g;

/** Every sub-population word in a normalized claim. */
export function findSubPopulations(text: string): Marker[] {
  // Each scan only where its script occurs.
  const latin = /[a-z]/.test(text);
  const han = /[\u3400-\u9fff]/.test(text);
  const found = [
    ...(latin ? latinWords(text) : []),
    ...(latin ? text.matchAll(LATIN_PHRASES) : []),
    ...(latin && /(?:over|under|above) \d/.test(text) ? text.matchAll(AGE_BAND) : []),
    ...(han ? text.matchAll(MARKER_HAN) : []),
    ...(han ? text.matchAll(PLACES_HAN) : []),
  ];
  return found
    .map((match) => {
      const marker = { start: match.index, end: match.index + match[0].length };
      return PLACES.has(match[0]) ? { ...marker, place: true } : marker;
    })
    .sort((a, b) => a.start - b.start);
}
