import { phrases } from "./pattern.ts";

/**
 * The English words the Read stage recognises, one list per kind. Recognisers build their regular
 * expressions from these lists by name (`anyOf(EN.hedges.about)`); no pattern spells a word itself.
 * Text is lower-cased before it is read, so every entry is lower case.
 */

/**
 * Words that narrow a figure to part of the population or another kind of quantity, by kind: each kind is
 * one recogniser ("sub-population.en.rural"). One-word markers are looked up word by word.
 */
const subPopulationWords = {
  rural: ["rural", "village", "villages", "countryside"],
  urban: ["urban"],
  minors: [
    "minor",
    "minors",
    "teenager",
    "teenagers",
    "youth",
    "youths",
    "underage",
    "juvenile",
    "juveniles",
    "children",
    "kids",
  ],
  students: ["student", "students", "education", "college"],
  elderly: ["aged", "elderly", "senior", "seniors", "silver", "pensioner", "pensioners", "retiree", "retirees"],
  gender: ["women", "men"],
  newcomers: ["newcomers"],
  occupation: ["farmers"],
  region: ["province", "provincial"],
  business: ["market", "revenue", "companies", "firms", "enterprises"],
  tourism: ["inbound", "tourists"],
  disability: ["disabled", "disabilities"],
  network: ["4g", "ports", "gigabit"],
  games: ["game", "games", "gaming", "sports", "esports"],
  goods: ["physical", "tangible"],
} as const;
/** Markers of more than one word, by kind. */
const subPopulationPhrases = {
  minors: ["young people", "gen z", "generation z"],
  elderly: ["older people", "sixty-plus"],
  newcomers: ["new users", "new internet users"],
  accounts: ["monthly active"],
  network: ["mobile base station", "mobile base stations", "mobile phone base station", "mobile phone base stations"],
  tourism: ["foreign visitors"],
  // "leads the world in national top-level domains, holding 19.56 million": domains under the country's own suffix.
  "national-domains": [
    "national top-level domains",
    "country-code top-level domains",
    "country code top-level domains",
  ],
  cars: [
    "smart car",
    "smart cars",
    "smart connected car",
    "smart connected cars",
    "in-car",
    "connected car",
    "connected cars",
  ],
  "non-users": [
    "non-internet users",
    "non-users",
    "offline population",
    ...phrases(
      ["did not", "do not", "does not", "didn't", "don't", "doesn't", "never"],
      phrases(["use", "access", "go on", "get on"], ["the internet"]),
    ),
    "not online",
    "not yet online",
  ],
  place: ["inner mongolia"],
  "single-month": ["single month", "the month alone", "that month alone", "in that month", "in the month"],
} as const;
/** "over-60s", "60-plus", "post-90s": age and generation written around digits. */
const subPopulationShapes = {
  overAge: "over-",
  agePlus: "-plus",
  generation: "post-",
  centuries: ["19", "20"],
} as const;
/** "people over 60": an age band after the people it bounds. */
const ageBandPeople = ["those", "people", "users", "adults", "netizens", "residents", "seniors"] as const;
const ageBandWords = ["over", "under", "above"] as const;
/** A China domain name (".cn"): a count of one kind of domain. */
const domainSuffixes = [".cn"] as const;
/** Companies and places inside China: their figures are their own, unless the clause names China's. */
const placesInChina = [
  "meituan",
  "baidu",
  "douyin",
  "tiktok",
  "jd",
  "alibaba",
  "taobao",
  "tmall",
  "tencent",
  "wechat",
  "alipay",
  "pinduoduo",
  "kuaishou",
  "bytedance",
  "guangdong",
  "shanghai",
  "zhejiang",
  "jiangsu",
  "shandong",
  "henan",
  "sichuan",
  "hubei",
  "hunan",
  "fujian",
  "anhui",
  "hebei",
  "shaanxi",
  "liaoning",
  "jiangxi",
  "chongqing",
  "yunnan",
  "guangxi",
  "shanxi",
  "guizhou",
  "jilin",
  "heilongjiang",
  "tianjin",
  "xinjiang",
  "gansu",
  "hainan",
  "ningxia",
  "qinghai",
  "tibet",
  "xizang",
  "shenzhen",
  "hangzhou",
  "guangzhou",
] as const;

/** "in just six months", "within half a year": the span a change took. */
const elapsedIn = ["in", "over", "within"] as const;
const elapsedHedges = ["only", "just"] as const;
const elapsedPast = ["the past", "the last"] as const;
const sixMonths = ["six months", "6 months"] as const;
const halfAYear = ["half a year"] as const;
/** Words that open a new clause: "…, while", "along with", "but". */
const clauseConjunctions = ["while", "whereas", "along with", "but"] as const;
/** "with 704 million users" continues a clause; "with about 704 million" too. */
const clauseWith = ["with"] as const;
const clauseWithHedges = ["about", "around", "nearly", "over", "more than", "some"] as const;

/** Words after a number that make it a span of time: "for 12 consecutive years", "a 10-year plan". */
const durationUnits = ["year", "years", "decade", "decades", "month", "months"] as const;
const streakWords = ["consecutive", "straight", "successive"] as const;
/** "the first 11 months": the count of months of a period. */
const firstMonths = { before: ["first"], after: ["months"] } as const;
/** "aged 60 and above", "ages 18 to 24", "over-60s": an age, not a count. */
const ageBefore = ["aged", "ages", "age", "over-", "above-", "under-"] as const;
const ageRangeBefore = ["aged", "ages", "age"] as const;
const ageRangeLinks = ["-", "to", "and"] as const;
const ageAfter = ["-year-old", ...phrases(["s and"], ["above", "over", "older"])] as const;
const ageAndUp = phrases(["and"], ["above", "over", "older"]);
const ageAndUpNotBefore = ["percent"] as const;
/** "29.5 hours a week", "19 gb": units no metric here uses. */
const otherUnits = ["hour", "hours", "minute", "minutes", "gb", "tb", "mb", "kg", "km", "times", "fold"] as const;
/** "contributed 23.5 percent to the growth": a contribution, not a rate of ours. */
const contributed = ["contributed", "contributing", "contribute"] as const;
const contributionTo = phrases(["to", "to the"], ["growth", "increase"]);
/** "a two-year average", "in real terms, up": rates of another kind than the ones recorded. */
const otherRates = [
  ...phrases(phrases(["two", "three"], ["year average"], "-"), ["", " growth", " rate"], ""),
  ...phrases(["in real terms", "in real terms,"], ["up", "down", "rose", "grew", "fell"]),
  // "the real growth rate was 4.9 percent": after prices, beside the nominal rate recorded
  ...phrases(["real growth", "real growth rate"], ["", " was", " of", " at"], ""),
  "real terms",
] as const;
const otherRateCopulas = ["of", "was", "at"] as const;
/** "18.1 percent lower in real terms": the price-adjusted rate, named after its figure. */
const otherRatesAfter = [
  ...phrases(["lower", "higher", "down", "up", "more", "less"], ["in real terms"]),
  "in real terms",
] as const;
/** "the urban-rural gap of 23.9 points": a difference of two figures. */
const differences = ["gap", "difference"] as const;
const differenceBetween = ["between"] as const;
const differenceCopulas = ["of", "was", "is", "stood at", "at", "narrowed to", "widened to"] as const;
/** "34.4 per 10,000 people": the base of a rate. */
const perWords = ["per", "every"] as const;
/** "top 10", "No. 1", "ranked 2nd". */
const rankBefore = ["top", "no.", "number", "ranked", "rank"] as const;
/** "is expected to pass", "plans to add": a figure the future is to tell. */
const forecastTo = [
  ...phrases(
    [
      "expected",
      "projected",
      "forecast",
      "predicted",
      "set",
      "likely",
      "poised",
      "estimated",
      "plan",
      "plans",
      "planned",
      "planning",
      "aim",
      "aims",
      "aimed",
      "aiming",
      "seek",
      "seeks",
      "sought",
    ],
    ["to"],
  ),
] as const;
const forecastModals = ["will", "would", "could", "might"] as const;
/** "may" is a forecast unless it is a month: "from March to May", "in May". */
const forecastMay = ["may"] as const;
const monthRangeLinks = [" - ", "- ", " -", "-", " to ", " through ", " and "] as const;
const mayMonthBefore = [
  "in",
  "of",
  "since",
  "until",
  "by",
  "through",
  "to",
  "end of",
  "late",
  "early",
  "mid-",
] as const;
const forecastNotBefore = ["have"] as const;
const forecastGoals = phrases(["goal", "goals", "target", "targets"], ["is", "was", "of"]);
const forecastTargeted = ["targeted", "targeting"] as const;
/** "not 1.2 billion", "rather than about 1.2 billion": a figure the text denies. */
const denials = ["not", "nor", "rather than", "instead of"] as const;
const denialHedges = ["about ", "around ", "some "] as const;
/** "a viral post claimed", "wrongly said": the clause reports someone else's figure, or a false one. */
const quoted = [
  "claimed",
  "claiming",
  "alleged",
  "allegedly",
  "rumoured",
  "rumored",
  "wrongly",
  "falsely",
  "mistakenly",
  "incorrectly",
  "erroneously",
  "misreported",
  ...phrases(["viral", "false", "fake"], ["post", "posts", "claim", "claims", "report", "reports"]),
  ...phrases(["rumour", "rumor", "rumours", "rumors"], ["that", "of", "said", "says", "claimed"]),
] as const;
/** ", but", ", while": a clause that turns against the one before. */
const contrasts = ["but", "while", "whereas"] as const;

/** "year on year", "in the past 12 months": a change over twelve months, whatever else the sentence dates. */
const yearOnYear = [
  ...phrases(phrases(["year"], ["on"], "-"), ["year"], "-"),
  ...phrases(phrases(["year"], ["on"], "-"), ["year"], " "),
  ...phrases(phrases(["year"], ["on"], " "), ["year"], "-"),
  ...phrases(phrases(["year"], ["on"], " "), ["year"], " "),
  ...phrases(phrases(["in", "over"], ["the past", "the last"]), ["year", "12 months"]),
  ...phrases(["from a year"], ["earlier", "ago"]),
];
const yoy = ["yoy"] as const;

/** Words that end a number's scale: "1.1 billion", "1.1billion". */
const scaleWords = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
/** Scales glued to the digits: "1.1bn", "$3m". */
const scaleAbbreviations = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 } as const;

/** "5-plus": more than the figure. */
const plus = ["plus"] as const;

/** Units written after a number, by the unit they mean. */
const unitsAfter = {
  percent: ["%", "percent", "per cent", "pct"],
  "percentage-point": ["percentage point", "percentage points"],
  CNY: ["yuan", "renminbi", "rmb", "cny"],
  USD: ["us dollars", "u.s. dollars", "dollars", "usd"],
} as const;
/** Currency signs written before a number: "$3 billion", "rmb 15.52 trillion" (these may take a space). */
const currencyBefore = { USD: ["us$", "$"], CNY: ["rmb", "cny", "¥", "￥"] } as const;

/** Hedge words before a figure, by what they make of it; `exact` words only introduce it ("stood at"). */
const hedges = {
  about: ["about", "around", "approximately", "roughly", "some", "an estimated"],
  nearly: ["nearly", "almost", "close to", "just under", "under", "less than", "fewer than"],
  over: [
    "just over",
    "over",
    "more than",
    "above",
    "exceeded",
    "exceeding",
    "exceeds",
    "exceed",
    "topped",
    "tops",
    "top",
    "surpassed",
    "surpassing",
    "surpass",
    "passed",
    "crossed",
    "beyond",
    "upwards of",
    "in excess of",
  ],
  "at-least": ["at least", "no fewer than", "no less than"],
  exact: ["reached", "reaching", "reach", "hit", "stood at", "totaled", "totalled", "was", "were", "is", "are"],
} as const;
/** "reached a total of 1.1 billion": words between a hedge and its figure. */
const totalOf = ["a total of"] as const;
/** Hedges a writer puts on "half": "more than half", "nearly half". */
const halfHedges = ["more than", "over", "nearly", "almost", "about", "around", "roughly"] as const;
/** Hedges that may stand between a verb and its figure: "rose by about 5%", "to nearly 1.1 billion". */
const verbHedges = [
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "more than",
  "roughly",
  "some",
  "approximately",
  "at least",
] as const;
/** Hedges that may stand between "from" and an earlier figure. */
const earlierHedges = [
  "about",
  "around",
  "nearly",
  "some",
  "roughly",
  "less than",
  "more than",
  "over",
  "under",
] as const;

/** Words that deny a ceiling: "not below", "never fewer than" are floors. */
const negations = ["not", "never", "no longer", "n't"] as const;
const below = ["below", "under", "less than", "fewer than"] as const;
const reachVerbs = ["reach", "hit", "top", "pass", "cross"] as const;
const reachedVerbs = ["reached", "hit", "topped", "passed", "crossed", ...reachVerbs] as const;
/** Words that make a figure a ceiling: what is counted stays below it. */
const ceilings = [
  ...below,
  "short of",
  ...phrases(["yet to", "failed to"], reachVerbs),
  ...phrases(phrases(["has", "have", "had", "did", "does", "do"], ["not", "not yet"]), reachedVerbs),
  ...phrases(["not", "not yet"], ["reached", "above", "over"]),
];
/** "just under 1.2 billion" is close below, a hedge rather than a ceiling. */
const ceilingUnlessAfter = ["just"] as const;

/** Words before a figure that make it a rise. */
const changeUp = [
  "growth rate",
  "growth rates",
  "rate of growth",
  "rates of growth",
  "increase",
  "increases",
  "increased",
  "increasing",
  "rise",
  "rises",
  "rose",
  "risen",
  "rising",
  "grew",
  "grown",
  "growing",
  "growth",
  "gain",
  "gains",
  "gained",
  "gaining",
  "added",
  "adding",
  "jump",
  "jumped",
  "climb",
  "climbed",
  "expanded",
  "expansion",
  "surge",
  "surged",
] as const;
/** Words before a figure that make it a fall; the dataset validator reads a page's printed name with them too. */
const changeDown = [
  "fell",
  "fall",
  "falls",
  "fallen",
  "falling",
  "drop",
  "drops",
  "dropped",
  "dip",
  "dipped",
  "slid",
  "slipped",
  "decline",
  "declines",
  "declined",
  "decrease",
  "decreases",
  "decreased",
  "down",
  "shrank",
  "shrunk",
  "contracted",
  "lost",
] as const;
/** Comparatives after a figure that make it a fall: "20 million fewer". */
const lessWords = ["fewer", "lower"] as const;
/** "up" is a rise, except in a phrasal verb: "made up 10%", "picked up". */
const phrasalUp = {
  word: "up",
  notAfter: [
    "make",
    "made",
    "makes",
    "making",
    "take",
    "took",
    "takes",
    "add",
    "adds",
    "adding",
    "sum",
    "sums",
    "summed",
    "end",
    "ended",
    "ends",
    "wind",
    "wound",
    "show",
    "shows",
    "showed",
    "pick",
    "picked",
    "set",
    "sets",
    "build",
    "built",
    "builds",
    "put",
    "puts",
    "putting",
    "setting",
  ],
} as const;
/** "rose by 5%", "an increase of 5%". */
const changeLinks = ["by", "of"] as const;
const articles = ["a", "an"] as const;
/** Words after a figure that make it a change: "a 5% increase", "20 million more than". */
const changeAfter = [
  "increase",
  "rise",
  "growth",
  "jump",
  "gain",
  "climb",
  "surge",
  "drop",
  "decline",
  "decrease",
  "fall",
  "more than",
  "fewer than",
  "higher",
  "lower",
  "year on year",
  "year-on-year",
  "yoy",
  "from the previous year",
  "over the previous year",
  "on the previous year",
  "from a year earlier",
  "compared with",
] as const;
/** "12 million people joined": newcomers, an addition. */
const joinedVerbs = [
  "joined",
  "came online",
  "got online",
  "went online for the first time",
  "were added",
  "have been added",
  "added",
] as const;
/** "887,000 new 5G base stations", "base stations were newly built". */
const newWords = ["new", "newly"] as const;
const newly = ["newly"] as const;
const builtVerbs = ["built", "added", "installed", "opened", "deployed"] as const;
const passiveAux = ["were", "was", "have been", "had been"] as const;
/** "has built 1.4 million": a total to date, not what a period added. */
const perfectAux = ["has", "have", "had"] as const;
/** "built in 2021", "installed last year": what a period added. A bare year is matched apart. */
const flowPeriods = ["during", "this year", "last year", "in the first", "in the past year", "in the year"] as const;
/** Words that start another clause, so the words after them no longer describe the figure. */
const clauseWords = ["as", "while", "and", "when", "after", "because", "with", "since"] as const;
/** "rose to 1.1 billion", "stood at 5%": the figure after them is a level, whatever verb came first. */
const levelPrepositions = ["to", "at"] as const;

/** "a year earlier", "two years ago", "the previous year": a level for an earlier time. */
const fewNumbers = ["a", "one", "two", "three", "four", "five"] as const;
const years = ["year", "years"] as const;
const ago = ["earlier", "ago", "before"] as const;
const previousYear = ["previous year", "prior year", "the previous year", "the prior year"] as const;
/** "from 915 million": an earlier value. */
const from = ["from"] as const;

/** "68,055 blocks/32", "5.2 million households": what the figure counts is no person. */
const notPersonsAfter = [
  "blocks/32",
  "blocks",
  "households",
  "subscriptions",
  "handsets",
  "devices",
  "websites",
  "domain names",
] as const;
/** "86.29 million, or 20.4 percent": a restatement of the figure before. */
const peopleNouns = ["users", "people", "subscribers"] as const;
const restate = ["or", "or about"] as const;
const and = ["and"] as const;
/** The noun a list's figures may each repeat: "34.92 million users, 30.91 million users and …". */
const listNouns = ["user", "users"] as const;
/** "20% of": a share of what follows. */
const shareOf = ["of"] as const;
/** Words before "rate" that make it a share, not a growth rate: "usage rate", "penetration rate". */
const shareRates = [
  "penetration",
  "usage",
  "adoption",
  "popularity",
  "utilisation",
  "utilization",
  "take-up",
  "internet",
] as const;
const rate = ["rate"] as const;
/** "grew 8.8 percent, making up 25.3 percent of total retail sales": a clause giving the share of what just grew. */
const shareVerbs = ["making up", "accounting for", "which accounted for", "which made up", "representing"] as const;
/** "from 915 million at the end of 2023": what stands between an earlier value and its period. */
const earlierPeriodLinks = ["at", "in", "as of", "by"] as const;
/** "penetration among the population": the group a rate is counted within. */
const wholeAmong = ["among"] as const;
/** "83.8 percent of the country's internet users": the words after these name a share's whole, not its subject. */
const wholeBefore = [
  "of",
  "of all",
  "of the",
  "of total",
  "of the total",
  "of china's",
  "of all chinese",
  "of the country's",
  "of its",
] as const;

/** Cardinal words: "the first eleven months", "one in five". */
const cardinals = {
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
  eleven: 11,
} as const;
/** Number words for fractions and ratios: "one in five", "three quarters", "a third". */
const numberWords = { a: 1, ...cardinals, "a hundred": 100 } as const;
const ratioNumerators = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] as const;
const ratioLinks = ["in", "out of"] as const;
const ratioDenominators = ["ten", "five", "four", "three", "a hundred"] as const;
const fractionNumerators = ["a", "one", "two", "three", "four"] as const;
const fractionDenominators = { quarter: 4, quarters: 4, third: 3, thirds: 3, fifth: 5, fifths: 5 } as const;
/** "the past three quarters": a stretch of time, not a share. */
const fractionNotAfter = ["first", "last", "past", "next", "previous", "recent", "the"] as const;
const half = ["half"] as const;
/** "the latter half", "a half-year growth rate": a half that is a period. */
const halfNotAfter = ["first", "second", "latter"] as const;
const halfNotBefore = ["year"] as const;
/** "doubled", "tripled": a growth stated as a multiple of its base. */
const multiples = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 } as const;
/** Hedges a writer puts on a multiple: "more than doubled". */
const multipleHedges = ["more than", "over", "nearly", "almost", "about", "roughly"] as const;

/** Month names by number, every form a writer uses ("sept.", "september"). */
const months = [
  ["jan", "january"],
  ["feb", "february"],
  ["mar", "march"],
  ["apr", "april"],
  ["may"],
  ["jun", "june"],
  ["jul", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
] as const;
/** A month name that is also a verb: a month only beside a year or a date word. */
const ambiguousMonths = ["may"] as const;
const endOf = ["end of", "the end of"] as const;
/** "17th", "2nd": ordinal suffixes of a day. */
const daySuffixes = ["st", "nd", "rd", "th"] as const;

const lastYear = ["last year"] as const;
const thisYear = ["this year"] as const;
/** "the first half", "the first quarter". */
const ordinals = { first: 1, second: 2, third: 3, fourth: 4 } as const;
/** "the first 10 months", "the first eleven months". */
const monthCounts = cardinals;
const rangeTo = ["to", "through"] as const;
const soFarThisYear = [
  "so far this year",
  "this year so far",
  ...phrases(["year-", "year "], ["to-date", "to date"], ""),
];
/** "2023 year-end", "closed 2024": the end of a year. */
const yearEnd = ["year-end"] as const;
const yearClosed = ["closed", "ended", "ending"] as const;
/** "end-2023", "the end of the year 2023". */
const end = ["end"] as const;
const first = ["first"] as const;
/** "the first half": the article a period may open with; "of" as in "the end of 2023". */
const the = ["the"] as const;
const of = ["of"] as const;
const yearWord = ["year"] as const;
/** "the first half of 2024", "h1 2024". */
const halfOrdinals = { first: 1, second: 2 } as const;
const halfCodes = { h1: 1, h2: 2 } as const;
/** "the first quarter", "q3 2024", "the first three quarters". */
const quarterWord = ["quarter"] as const;
const quartersWord = ["quarters"] as const;
const quarterCounts = { two: 2, three: 3, four: 4 } as const;
const quarterCodes = { q1: 1, q2: 2, q3: 3, q4: 4 } as const;
/** "the first 10 months", "the January-October period". */
const monthsWord = ["months"] as const;
const periodWord = ["period"] as const;

/** Words before a period that make it a change's base: "up 5% from 2023", "compared with June". */
const baseBefore = [
  "from",
  "since",
  "than",
  "above",
  "below",
  "compared with",
  "compared to",
  "versus",
  "vs",
  "vs.",
  "over",
  "on",
  "against",
] as const;
/** What may stand between a base word and its period: "from the previous level of 2023", "than in the same period of". */
const baseLinks = {
  at: ["at"],
  last: ["last", "previous"],
  of: ["level of", "level in", "figure of", "figure in", "in", "same period of", "end of"],
} as const;
/** "aged 60 and above in December 2021": an age band, not a base. */
const ageBandBefore = phrases(["and", "or"], ["above", "over", "below", "under"]);
const ageBandLinks = ["in"] as const;
/** "data released in March 2024": when a report came out. */
const released = ["released", "published", "issued", "unveiled"] as const;
/** "released in March 2024", "published on the 17th". */
const releasedLinks = ["in", "on", "at"] as const;
/** "as of June 30, 2024": a day that dates a count. */
const asOf = ["as of", "as at", "by", "until", "till", "through", "to", "since"] as const;
/** "from January to April" is a span, not the start of a change. */
const spanFrom = ["from", "between"] as const;
/** "On June 30, 2024, China had…": a clause opened with the date it counts. */
const clauseOpeners = ["on", "over"] as const;

/** What a share names as its whole, after the figure: "percent of all internet users", "of the population". */
const wholes = {
  of: ["of"],
  articles: ["all", "the"],
  totals: ["total", "overall"],
  owners: ["china's", "chinese", "the country's", "its"],
  netizens: ["internet users", "netizens", "web users", "online population"],
  among: ["among"],
  amongQualifiers: ["all", "chinese", "china's"],
  amongNetizens: ["internet users", "netizens", "web users"],
  populationOwners: ["china's", "chinese"],
  population: [
    "people",
    "population",
    "chinese people",
    "residents",
    "the country's population",
    "china's population",
    "chinese citizens",
  ],
  /** "rural internet penetration was 65.6%": penetration counts people, not users. */
  penetration: ["internet penetration", "internet penetration rate"],
  areas: ["rural", "urban"],
  areaPeople: ["residents", "people", "population"],
  salesOwners: ["china's"],
  onlineSales: ["online sales", "online retail sales"],
  /** "of e-commerce livestream users": a group of users, unless the words name the internet's own. */
  groupNotOf: ["internet", "web", "online population"],
  groupNouns: ["users", "viewers", "buyers", "shoppers"],
} as const;

/** Words by which a clause points back to the sentence before's subject (interpret/carried-subject.ts). */
const pointingBack = {
  /** What may open the clause first: "and the number rose…", "meanwhile, the figure…". */
  leads: ["and", "but", "while", "whereas", "yet", "meanwhile", "meanwhile,"],
  /** "The number rose…": the earlier subject's own value. */
  sameDeterminers: ["the", "this", "that"],
  sameNouns: ["number", "figure", "total", "user base"],
  sameAux: ["has", "had", "have"],
  sameVerbs: [
    ...["rose", "risen", "grew", "grown", "increased", "reached", "stood", "was", "is", "hit", "topped"],
    ...["climbed", "jumped", "fell", "dropped", "declined", "came to", "amounted to", "totaled", "totalled"],
  ],
  /** "Adoption has passed 42 percent", "its usage rate reached…": a rate of the earlier subject. */
  rates: [
    "adoption",
    "penetration",
    ...phrases(["the", "its"], ["penetration rate", "adoption rate", "usage rate"]),
    "the share",
    "the proportion",
  ],
  /** "Rural users made up…": a part, named by words of its own. */
  partDeterminers: ["the", "these", "those", "rural", "urban", "mobile"],
  partNouns: ["users"],
  /** "322 million of the users": a part counted after its figure. */
  partPeople: ["people"],
  partPronouns: ["the", "these", "those", "them", "whom"],
} as const;

/** "internet users had ordered food online": a verb after the users that names what they did, not who they are. */
const usersActivityAux = ["had", "have", "has", "who", "that"] as const;
/** "internet users paid": the noun after a word that names the users' metric ("internet"). */
const usersNouns = ["users", "user"] as const;
/** "netizens now pay by mobile": a word of when or how often between the users and what they did. */
const usersActivityAdverbs = ["now", "also", "already", "still", "often", "regularly", "mostly"] as const;
const usersActivityVerbs = [
  "ordered",
  "order",
  "used",
  "use",
  "shop",
  "shopped",
  "pay",
  "paid",
  "bought",
  "buy",
  "booked",
  "book",
  "watched",
  "watch",
  "played",
  "play",
  "streamed",
  "stream",
  "searched",
  "search",
  "made",
  "make",
] as const;

export const EN = {
  wholes,
  pointingBack,
  usersActivityAux,
  usersNouns,
  usersActivityAdverbs,
  usersActivityVerbs,
  yearOnYear,
  yoy,
  durationUnits,
  streakWords,
  firstMonths,
  ageBefore,
  ageRangeBefore,
  ageRangeLinks,
  ageAfter,
  ageAndUp,
  ageAndUpNotBefore,
  otherUnits,
  contributed,
  contributionTo,
  otherRates,
  otherRateCopulas,
  otherRatesAfter,
  differences,
  differenceBetween,
  differenceCopulas,
  perWords,
  rankBefore,
  forecastTo,
  forecastModals,
  forecastMay,
  monthRangeLinks,
  mayMonthBefore,
  forecastNotBefore,
  forecastGoals,
  forecastTargeted,
  denials,
  denialHedges,
  quoted,
  contrasts,
  elapsedIn,
  elapsedHedges,
  elapsedPast,
  sixMonths,
  halfAYear,
  clauseConjunctions,
  clauseWith,
  clauseWithHedges,
  subPopulationWords,
  subPopulationPhrases,
  subPopulationShapes,
  ageBandPeople,
  ageBandWords,
  domainSuffixes,
  placesInChina,
  multiples,
  multipleHedges,
  scaleWords,
  scaleAbbreviations,
  plus,
  unitsAfter,
  currencyBefore,
  hedges,
  totalOf,
  halfHedges,
  verbHedges,
  earlierHedges,
  negations,
  below,
  ceilings,
  ceilingUnlessAfter,
  changeUp,
  changeDown,
  lessWords,
  phrasalUp,
  changeLinks,
  articles,
  changeAfter,
  joinedVerbs,
  newWords,
  newly,
  builtVerbs,
  passiveAux,
  perfectAux,
  flowPeriods,
  clauseWords,
  levelPrepositions,
  fewNumbers,
  years,
  ago,
  previousYear,
  from,
  peopleNouns,
  notPersonsAfter,
  restate,
  and,
  listNouns,
  shareRates,
  rate,
  earlierPeriodLinks,
  shareOf,
  wholeBefore,
  wholeAmong,
  shareVerbs,
  numberWords,
  ratioNumerators,
  ratioLinks,
  ratioDenominators,
  fractionNumerators,
  fractionDenominators,
  fractionNotAfter,
  half,
  halfNotAfter,
  halfNotBefore,
  months,
  ambiguousMonths,
  endOf,
  daySuffixes,
  lastYear,
  thisYear,
  ordinals,
  monthCounts,
  rangeTo,
  soFarThisYear,
  yearEnd,
  yearClosed,
  end,
  first,
  the,
  of,
  yearWord,
  halfOrdinals,
  halfCodes,
  quarterWord,
  quartersWord,
  quarterCounts,
  quarterCodes,
  monthsWord,
  periodWord,
  baseBefore,
  baseLinks,
  ageBandBefore,
  ageBandLinks,
  released,
  releasedLinks,
  asOf,
  spanFrom,
  clauseOpeners,
} as const;
