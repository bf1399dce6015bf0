import { EN } from "../read/lexicon/en.ts";
import { anyOf } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import type { Quantity } from "../read/quantity.ts";

/**
 * Internet users, the population, some other group of users a share is counted within ("of e-commerce
 * livestream users"), or another total altogether ("of online retail sales", "of rural residents").
 */
export type Whole = "netizens" | "population" | "group" | "other-total";

const W = EN.wholes;
const Z = ZH.wholes;
const word = (list: readonly string[]) => anyOf(list);
const optional = (list: readonly string[]) => `(?:${anyOf(list)} )?`;
const of = ZH.possessive;
/** "percent of", "% of": what opens a share's whole after its figure. */
const PERCENT_OF = `^\\s*${word(EN.unitsAfter.percent)}?\\s*${word(W.of)} `;
/** "的比例为", "的比重达": what closes a Chinese whole before its figure. */
const RATIO_TAIL = (copulas: readonly string[]) => `${word(of)}?${word(Z.ratios)}?${word(copulas)}?$`;

const NETIZENS = {
  after: new RegExp(
    `${PERCENT_OF}${optional(W.articles)}${optional(W.totals)}${optional(W.owners)}${word(W.netizens)}`,
  ),
  before: new RegExp(
    `${word(Z.share)}${word(Z.nationwide)}?${word(ZH.netizens)}${word(Z.netizenTotals)}?${RATIO_TAIL(Z.copulas)}`,
  ),
  // "penetration among internet users", "在网民中的普及率": a share of users, whatever the rate is called.
  among: new RegExp(
    `(?:${word(W.among)} ${optional(W.amongQualifiers)}${word(W.amongNetizens)}|` +
      `${word(Z.among)}${word(Z.amongAll)}?${word(ZH.netizens)}${word(Z.within)})[^,;，；。]{0,24}$`,
  ),
  inAll: new RegExp(
    `${word(Z.among)}${word(ZH.wholeQualifiers)}${word(ZH.netizens)}${word(Z.within)}[^,;，；。]{0,24}$`,
  ),
  rateBefore: new RegExp(`${word(ZH.netizens)}${word(ZH.rateOfWhole)}${word(ZH.rateCopulas)}?$`),
  afterShare: new RegExp(`^${word(of)}?${word(ZH.netizens)}`),
};

const POPULATION = {
  after: new RegExp(`${PERCENT_OF}${optional(W.articles)}${optional(W.populationOwners)}${word(W.population)}`),
  before: new RegExp(
    `${word(Z.share)}${word(Z.nationwide)}?${word(Z.total)}?${word(Z.population)}${word(Z.populationTotal)}?${RATIO_TAIL(Z.copulas)}`,
  ),
  // "rural internet penetration was 65.6%", "农村互联网普及率为65.6%": penetration counts people, not users.
  penetration: new RegExp(`${word([...W.penetration, ...Z.penetration])}[^,;，；。]{0,16}$`),
};

// "66.5 percent of rural residents", "农村居民中有66.5%": a share of part of the population, which no national
// whole answers; "86.7 percent of online retail sales", "其中实物商品…占比86.7%": a share of another total.
const OTHER_TOTAL = {
  areaAfter: new RegExp(`${PERCENT_OF}${optional(W.articles)}${word(W.areas)} ${word(W.areaPeople)}`),
  salesAfter: new RegExp(
    `${PERCENT_OF}${optional([...W.totals, ...W.articles])}${optional(W.salesOwners)}${word(W.onlineSales)}`,
  ),
  areaBefore: new RegExp(`${word(Z.areas)}${word(Z.residentsAmong)}${word(Z.have)}?$`),
  salesBefore: new RegExp(
    `${word(Z.share)}${word(Z.nationwide)}?${word(Z.onlineRetail)}${word(Z.total)}?${word(Z.amount)}${RATIO_TAIL(Z.floorCopulas)}`,
  ),
  ofThem: new RegExp(`${word(Z.ofThem)}[^。；;]{0,30}${word(Z.shareWord)}${word(Z.floorCopulas)}?$`),
};

const DOING = ZH.usersDoing;
const GROUP = {
  // "已占整体电商直播用户的66.2%": a share within another group of users.
  before: new RegExp(
    `${word(Z.share)}${word(Z.groupQualifiers)}?[^，,；;。的]{1,12}${word(Z.users)}${word(Z.netizenTotals)}?${RATIO_TAIL(Z.copulas)}`,
  ),
  // "用户利用生成式人工智能回答问题的比例最高,达": the product's users are the whole, not all internet users.
  doing: new RegExp(`${word(DOING.users)}${word(DOING.verbs)}[^。；;]{1,24}的${word(DOING.rate)}[^。；;]{0,8}$`),
  after: new RegExp(
    `${PERCENT_OF}${optional(W.articles)}(?!${optional(W.totals)}${optional(W.owners)}${word(W.groupNotOf)})` +
      `[a-z-]+(?: [a-z-]+)? ${word(W.groupNouns)}\\b`,
  ),
};

/** "在整体网民中占比94.8%", "网民使用率97.5%", "近6成网民": a share of all users, in words the patterns above miss. */
function netizensNamedAsWhole(text: string, quantity: Quantity, clauseBefore: string): boolean {
  return (
    NETIZENS.inAll.test(clauseBefore) ||
    NETIZENS.rateBefore.test(clauseBefore) ||
    (quantity.unit === "percent" && NETIZENS.afterShare.test(text.slice(quantity.end, quantity.end + 4)))
  );
}

/** The whole a claimed share names: "of all internet users", "占全国总人口的". */
export function claimedWhole(quantity: Quantity, text: string): Whole | undefined {
  const after = text.slice(quantity.end, quantity.end + 40);
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  const clauseBefore = text.slice(Math.max(0, quantity.start - 40), quantity.start);
  if (
    NETIZENS.after.test(after) ||
    NETIZENS.before.test(before) ||
    NETIZENS.among.test(clauseBefore) ||
    netizensNamedAsWhole(text, quantity, clauseBefore)
  )
    return "netizens";
  if (POPULATION.after.test(after) || POPULATION.before.test(before) || POPULATION.penetration.test(clauseBefore))
    return "population";
  if (
    OTHER_TOTAL.areaAfter.test(after) ||
    OTHER_TOTAL.salesAfter.test(after) ||
    OTHER_TOTAL.areaBefore.test(before) ||
    OTHER_TOTAL.salesBefore.test(before) ||
    OTHER_TOTAL.ofThem.test(clauseBefore)
  )
    return "other-total";
  if (GROUP.before.test(before) || GROUP.doing.test(clauseBefore) || GROUP.after.test(after)) return "group";
  return undefined;
}
