import { phrases } from "./pattern.ts";

/**
 * The English words the Read stage recognises, one list per kind. Recognisers build their regular
 * expressions from these lists by name (`anyOf(EN.hedges.about)`); no pattern spells a word itself.
 * Text is lower-cased before it is read, so every entry is lower case.
 */

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
  "increased",
  "increasing",
  "rise",
  "rose",
  "risen",
  "rising",
  "grew",
  "grown",
  "growing",
  "growth",
  "gain",
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
  "fallen",
  "falling",
  "drop",
  "dropped",
  "dip",
  "dipped",
  "slid",
  "slipped",
  "decline",
  "declined",
  "decrease",
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
] as const;
/** "887,000 new 5G base stations", "base stations were newly built". */
const newWords = ["new", "newly"] as const;
const newly = ["newly"] as const;
const builtVerbs = ["built", "added", "installed", "opened", "deployed"] as const;
const passiveAux = ["were", "was", "have been", "had been"] as const;
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

/** "86.29 million, or 20.4 percent": a restatement of the figure before. */
const peopleNouns = ["users", "people", "subscribers"] as const;
const restate = ["or", "or about"] as const;
const and = ["and"] as const;
/** "20% of": a share of what follows. */
const shareOf = ["of"] as const;
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
const soFarThisYear = ["so far this year", "this year so far", ...phrases(["year"], ["to-date", "to date"], " ")];
/** "2023 year-end", "closed 2024": the end of a year. */
const yearEnd = ["year-end"] as const;
const yearClosed = ["closed", "ended", "ending"] as const;

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
/** "aged 60 and above in December 2021": an age band, not a base. */
const ageBandBefore = phrases(["and", "or"], ["above", "over", "below", "under"]);
/** "data released in March 2024": when a report came out. */
const released = ["released", "published", "issued", "unveiled"] as const;
/** "as of June 30, 2024": a day that dates a count. */
const asOf = ["as of", "as at", "by", "until", "till", "through", "to", "since"] as const;
/** "from January to April" is a span, not the start of a change. */
const spanFrom = ["from", "between"] as const;
/** "On June 30, 2024, China had…": a clause opened with the date it counts. */
const clauseOpeners = ["on", "over"] as const;

export const EN = {
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
  clauseWords,
  levelPrepositions,
  fewNumbers,
  years,
  ago,
  previousYear,
  from,
  peopleNouns,
  restate,
  and,
  shareOf,
  wholeBefore,
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
  baseBefore,
  ageBandBefore,
  released,
  asOf,
  spanFrom,
  clauseOpeners,
} as const;
