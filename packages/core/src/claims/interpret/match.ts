import { monthIndex, periodEnd } from "../../fact-values.ts";
import type { Fact, Period } from "../../schema/fact.ts";
import { EN } from "../read/lexicon/en.ts";
import { anyOf } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import type { ClaimedPeriod } from "../read/period.ts";
import { type Quantity, RESTATES } from "../read/quantity.ts";
import { clauseOf, distance, nearestQuantity, type SentenceContext } from "../read/sentence.ts";
import type { Marker } from "../read/sub-population.ts";
import { claimedWhole, type Whole } from "./claimed-whole.ts";
import { type DerivedValue, isMetricHit, type MetricEntry, type MetricHit, type TermHit } from "./fact-index.ts";

/** Whether an observation's period answers the period a claim names. */
export function periodAnswers(period: Period, claimed: ClaimedPeriod): boolean {
  const year = claimed.year;
  if (year === undefined) return false;
  const y = String(year);
  const month = (m: number) => `${y}-${String(m).padStart(2, "0")}`;
  const endOf = period.kind === "span" ? period.end : period.date;
  // "十三五期间": a count at the plan's end answers it; no span held runs over the plan's years.
  if (claimed.fromYear !== undefined && period.kind === "span") return false;
  if (period.kind === "span") {
    // A span answers only the same span: January-August is not "2024"; a year's end closes its year.
    const wholeYear =
      claimed.shape === "year" || (claimed.shape === "month" && claimed.from === 12 && claimed.to === 12);
    if (wholeYear) return period.start === month(1) && period.end === month(12);
    return period.start === month(claimed.from) && period.end === month(claimed.to);
  }
  if (claimed.shape === "year") return endOf.startsWith(`${y}-`);
  return endOf === month(claimed.to);
}

const NOT_A_PLACE_AFTER =
  /^\s*(?:dollars?|\$|第[一二三]|首位|最大|最多|领先|前列|之最|(?:largest|biggest|first|most|leading|top)\b)/i;

/** A place's clause; a clause that is only the place ("Globally, 5.5 billion…") leads the one after it. */
function clauseOfPlace(hit: { readonly start: number; readonly end: number }, context: SentenceContext): number {
  const clause = clauseOf(hit.start, context.clauseStarts);
  const start = context.clauseStarts[clause] ?? 0;
  const end = context.clauseStarts[clause + 1] ?? context.text.length;
  // Only a clause hardly longer than the place's name can be the place alone.
  if (end - start > hit.end - hit.start + 12) return clause;
  const rest = context.text.slice(start, hit.start) + context.text.slice(hit.end, end);
  return /^[\s,，:：;；]*(?:in|across|for|on|在)?[\s,，:：;；]*$/.test(rest) ? clause + 1 : clause;
}

export function entityFor(quantity: Quantity, context: SentenceContext): string {
  let best: { code: string; rank: number; distance: number } | undefined;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  for (const hit of context.hits) {
    if (hit.kind !== "entity") continue;
    const entity = context.index.entities[hit.entity];
    if (!entity) continue;
    // "3.43 trillion U.S. dollars" names a currency; "位居全球第一", "the world's largest" a ranking: not where the figure counts.
    if (NOT_A_PLACE_AFTER.test(context.text.slice(hit.end, hit.end + 10))) continue;
    // The figure's own clause says most ("我国…11.08亿人，而全球网民约55亿人"); within it a named country
    // outranks a region ("China ... the world's largest"); then nearer outranks farther.
    const rank = (clauseOfPlace(hit, context) === clause ? 2 : 0) + (entity.scope === "region" ? 0 : 1);
    const candidate = { code: entity.code, rank, distance: distance(quantity, hit) };
    if (!best || rank > best.rank || (rank === best.rank && candidate.distance < best.distance)) best = candidate;
  }
  return best?.code ?? context.defaultEntity;
}

export interface Candidate {
  readonly entry: MetricEntry;
  readonly score: number;
}

// "手机网民9.32亿、农村网民3.09亿": a Chinese word opening the next item of a list names the figure after it.
const OPENS_NEXT_ITEM = new RegExp(`^\\s*${anyOf(ZH.countSuffixes)}?\\s*(?:、|${anyOf(ZH.and)})\\s*$`);

function nextItemOwner(hit: TermHit, inClause: readonly Quantity[], text: string): Quantity | undefined {
  if (hit.kind !== "metric" || hit.lang !== "zh") return undefined;
  const before = inClause.findLast((quantity) => quantity.end <= hit.start);
  const after = inClause.find((quantity) => quantity.start >= hit.end);
  return before && after && OPENS_NEXT_ITEM.test(text.slice(before.end, hit.start)) ? after : undefined;
}

/**
 * The figure a term describes: the nearest figure of the term's own clause, or none when its clause
 * states no figure (then it sets the scene for every figure of the sentence).
 */
function ownerOf(hit: TermHit, context: SentenceContext): Quantity | undefined {
  if (hit.carried) return undefined;
  const known = context.owners.get(hit);
  if (known !== undefined) return known ?? undefined;
  const clause = clauseOf(hit.start, context.clauseStarts);
  const inClause = context.numbersInClause.get(clause);
  const owner = inClause ? (nextItemOwner(hit, inClause, context.text) ?? nearestQuantity(hit, inClause)) : undefined;
  context.owners.set(hit, owner ?? null);
  return owner;
}

/** The first hit that may stand within reach of a figure: hits are in text order. */
function firstWithinReach(hits: readonly TermHit[], start: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.end ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far from a figure its words may stand: a sentence's reach, not a document's. */
const TERM_REACH = 160;

const WITHIN_GROUP = /其中|of them|of whom|among them|among these|of those/;
// "占网民整体的", "of all internet users": the words after these name a share's whole, not its subject.
const WHOLE_BEFORE = new RegExp(`(?:占|占到|相当于|${anyOf(EN.wholeBefore)})\\s?$`);

const NETIZENS = new Set<string>(ZH.netizens);
// "占全国网民总数的", "近6成网民", "70%的网民": 网民 after these is the whole a share is counted within.
const NETIZENS_WHOLE_BEFORE = new RegExp(
  `(?:${anyOf(ZH.shareOfWhole)}${anyOf(ZH.wholeQualifiers)}?|\\d${anyOf(EN.unitsAfter.percent)}|\\d${anyOf(ZH.tenths)})${anyOf(ZH.possessive)}?$`,
);
// "网民使用率97.5%": the rate among all users of whatever the clause before named.
const NETIZENS_RATE_AFTER = new RegExp(`^${anyOf(ZH.rateOfWhole)}`);
const AMONG_WHOLE = new RegExp(`在${anyOf(ZH.wholeQualifiers)}?$`);

/** What may follow a figure inside its bracket: its measure word, nothing else. */
const BRACKET_CLOSE = /^\s*(?:人|户|个)?\s*\)/;

/** "近11亿人（10.9967亿人）": a figure alone in the bracket right after a figure of the same kind restates it. */
function restatesInBracket(before: Quantity, quantity: Quantity, text: string): boolean {
  return (
    before.role === quantity.role &&
    before.unit === quantity.unit &&
    /^\s*(?:人|户|个)?\s*(?:[a-z]+ ){0,3}[a-z]*\s*\(\s*$/.test(text.slice(before.end, quantity.start)) &&
    BRACKET_CLOSE.test(text.slice(quantity.end, quantity.end + 4))
  );
}

/**
 * The numbers whose words describe a figure: itself, and a change stated just before it in its clause
 * ("rose 5.2 percent to 13.09 trillion yuan": the change and the level it reaches share their subject),
 * or the later value an earlier one is compared with.
 */
function subjectOwners(quantity: Quantity, context: SentenceContext): Set<Quantity> {
  const owners = new Set([quantity]);
  const position = context.numberIndex.get(quantity) ?? -1;
  const before = position > 0 ? context.numbers[position - 1] : undefined;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  const sameClause = before !== undefined && clauseOf(before.start, context.clauseStarts) === clause;
  // "rose to 974 million from 915 million": an earlier value is of the same subject as the figure it precedes.
  if (
    before &&
    sameClause &&
    ((before.role === "change" && quantity.role === "level") || quantity.earlier || before.earlier)
  )
    owners.add(before);
  // "nearly 1.1 billion internet users (1.09967 billion)": a bracket holding only a figure restates the one before.
  if (before && sameClause && restatesInBracket(before, quantity, context.text)) owners.add(before);
  // "reached 71.1 percent with 704 million users": a rate and the count it comes with are one subject's.
  if (
    before &&
    sameClause &&
    before.role === "level" &&
    quantity.role === "level" &&
    (before.unit === "percent") !== (quantity.unit === "percent") &&
    /^\s*(?:with|and|,)?\s*$/.test(context.text.slice(before.end, quantity.start))
  )
    owners.add(before);
  return owners;
}

/** The metrics a share is taken of ("占网民的", "of the population"), whatever the share names. */
export const WHOLE_METRIC = { netizens: "internet-users", population: "population" } as const;

/** The whole a share metric counts against, from its definition; another group's share names neither. */
function metricWhole(entry: MetricEntry): Whole | undefined {
  if (entry.whole === WHOLE_METRIC.netizens) return "netizens";
  if (entry.whole === WHOLE_METRIC.population) return "population";
  return undefined;
}

function isWholeWord(hit: TermHit, text: string): boolean {
  if (WHOLE_BEFORE.test(text.slice(Math.max(0, hit.start - 20), hit.start))) return true;
  if (!NETIZENS.has(text.slice(hit.start, hit.end))) return false;
  return (
    NETIZENS_WHOLE_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start)) ||
    NETIZENS_RATE_AFTER.test(text.slice(hit.end, hit.end + 4))
  );
}

/** "在网民中", "among internet users": the group a figure is counted within, never the figure's subject. */
function isAmongWord(hit: TermHit, text: string): boolean {
  const before = text.slice(Math.max(0, hit.start - 12), hit.start);
  return (
    (AMONG_WHOLE.test(before) && /^(?:中|当中|之中)/.test(text.slice(hit.end, hit.end + 3))) ||
    /among (?:all )?$/.test(before)
  );
}

// "19.56 million of them \".cn\"", "of which 19.56 million", "其中“.CN”数量为1956万个": a part of the level before.
const PART_AFTER = /^\s*(?:people |users )?of (?:them|whom|which|those)\b/;
const PART_BEFORE = /其中|\bof (?:which|whom|them)\b|\bincluding\b|\bamong them\b/;

/**
 * The level a figure is stated as a part of: its words may complete the part's own ("31.87 million domain
 * names, 19.56 million of them .CN" is .CN domain names), never name the part alone.
 */
function wholeOfPart(quantity: Quantity, context: SentenceContext): Quantity | undefined {
  if (quantity.role !== "level" || quantity.unit === "percent") return undefined;
  const position = context.quantities.indexOf(quantity);
  const whole = context.quantities
    .slice(0, Math.max(0, position))
    .findLast((candidate) => candidate.role === "level" && candidate.unit === quantity.unit);
  if (!whole) return undefined;
  const marked =
    PART_AFTER.test(context.text.slice(quantity.end, quantity.end + 20)) ||
    PART_BEFORE.test(context.text.slice(whole.end, quantity.start));
  return marked ? whole : undefined;
}

/** Whose words a figure may take besides its own: the level it describes, or the change it restates. */
interface Borrowing {
  readonly previous: Quantity | undefined;
  readonly restated: Quantity | undefined;
  readonly borrows: boolean;
}

function borrowingFor(quantity: Quantity, context: SentenceContext): Borrowing {
  const position = context.quantities.indexOf(quantity);
  const justBefore = position > 0 ? context.quantities[position - 1] : undefined;
  // "adding 28 million, 8.3 percent more than…": a rate restating the change just before it shares its subject.
  const restated =
    quantity.role === "change" &&
    quantity.unit === "percent" &&
    justBefore?.role === "change" &&
    justBefore.unit !== "percent" &&
    RESTATES.test(context.text.slice(justBefore.end, quantity.start))
      ? justBefore
      : undefined;
  // "77.5%, up 1.9 percentage points": points are the change of the rate before them, not of a count.
  const points = quantity.unit === "percentage-point";
  // The level a share or change describes: the nearest level before it, past the changes that follow that level.
  const previous =
    context.quantities
      .slice(0, Math.max(0, position))
      .findLast((candidate) => candidate.role === "level" && (candidate.unit === "percent") === points) ??
    restated ??
    shareOfGrowth(quantity, justBefore, context);
  // A share or change with no subject of its own ("…, 占网民整体的83.8%", "an increase of 39.35 million")
  // may take the words of the level before it; a level never borrows another figure's words. A rise in
  // percent right after a rate is the rate's change, a count's rise ("普及率为36.5%；增长2.66亿人") never is;
  // "其中77.6%的用户" is a share of that level's own people, not of ours.
  const borrows =
    previous !== undefined &&
    (quantity.role === "change" || quantity.unit === "percent") &&
    !(
      quantity.role === "change" &&
      quantity.unit === "percent" &&
      justBefore?.unit === "percent" &&
      justBefore.role === "level"
    ) &&
    !WITHIN_GROUP.test(context.text.slice(previous?.end ?? 0, quantity.start).replace(PART_AFTER, "")) &&
    !(
      quantity.role === "level" &&
      quantity.unit === "percent" &&
      previous &&
      namesOtherGroup(quantity, previous, context)
    );
  return { previous, restated, borrows };
}

const SHARE_CLAUSE = new RegExp(`[,，]\\s*${anyOf(EN.shareVerbs, ZH.shareVerbs)}[^,，.;。；]*$`);

/** How far past a share its whole may be named: "25.3 percent of total retail sales of consumer goods". */
const WHOLE_AFTER_REACH = 40;

/**
 * "grew 8.8 percent, making up 25.3 percent of total retail sales": the share is of what grew, not of the total,
 * when what grew has a share metric of the whole the clause names.
 */
function shareOfGrowth(
  quantity: Quantity,
  before: Quantity | undefined,
  context: SentenceContext,
): Quantity | undefined {
  if (quantity.unit !== "percent" || quantity.role !== "level") return undefined;
  if (before?.role !== "change" || before.unit !== "percent") return undefined;
  if (!SHARE_CLAUSE.test(context.text.slice(before.end, quantity.start))) return undefined;
  const { metrics } = context.index;
  // Metric hits only: an entity hit names no family and no whole.
  const metricHits = context.hits.filter(isMetricHit);
  const grew = new Set(metricHits.filter((hit) => hit.end <= before.start).map((hit) => metrics[hit.metric]?.family));
  const wholes = new Set(
    metricHits
      .filter((hit) => hit.start >= before.end && hit.start <= quantity.end + WHOLE_AFTER_REACH)
      .map((hit) => metrics[hit.metric]?.metric),
  );
  const sharesOfWhole = metrics.some(
    (entry) => entry.kind === "share" && entry.whole !== undefined && grew.has(entry.family) && wholes.has(entry.whole),
  );
  return sharesOfWhole ? before : undefined;
}

const sameSpan = (a: MetricHit, b: MetricHit) => a.start === b.start && a.end === b.end;
const familyOf = (hit: MetricHit, context: SentenceContext) => context.index.metrics[hit.metric]?.family;

/** The hits whose figure is one of a figure's subject. */
function ownHits(quantity: Quantity, context: SentenceContext): MetricHit[] {
  const subject = subjectOwners(quantity, context);
  return context.hits.filter((hit): hit is MetricHit => {
    const owner = isMetricHit(hit) ? ownerOf(hit, context) : undefined;
    return owner !== undefined && subject.has(owner);
  });
}

// "占同期社会消费品零售总额的", "among the population": a share's whole, named a few words after these.
const WHOLE_NAMED_BEFORE = new RegExp(
  `(?:${anyOf(ZH.shareOfWhole)}|\\b${anyOf(EN.wholeBefore, EN.wholeAmong)}\\s)[^,，;；。]{0,8}$`,
  "i",
);

/**
 * "农村网民3.09亿,手机上网比例为99.2%": a share whose own words name a group of users (a level's name, not a
 * rate word such as 普及率) other than the level before's is that group's, and borrows nothing from the level.
 */
function namesOtherGroup(quantity: Quantity, previous: Quantity, context: SentenceContext): boolean {
  const previousFamilies = new Set(
    ownHits(previous, context)
      .filter((hit) => hit.group === 0)
      .map((hit) => familyOf(hit, context)),
  );
  // A share's whole ("占网民整体的", "of all internet users") is no group of its own.
  const own = ownHits(quantity, context).filter(
    (hit) =>
      hit.group === 0 &&
      hit.end <= quantity.start &&
      !isWholeWord(hit, context.text) &&
      !WHOLE_NAMED_BEFORE.test(context.text.slice(Math.max(0, hit.start - 20), hit.start)) &&
      !isAmongWord(hit, context.text),
  );
  return own.some((hit) => {
    const atSpan = own.filter((other) => sameSpan(hit, other));
    return (
      atSpan.some((other) => context.index.metrics[other.metric]?.kind === "level") &&
      !atSpan.some((other) => previousFamilies.has(familyOf(other, context)))
    );
  });
}

/** A word group as a map key: its index in its language's list, English even, Chinese odd (no strings built per hit). */
const groupKey = (hit: MetricHit): number => hit.group * 2 + (hit.lang === "zh" ? 1 : 0);

/** Per metric, the nearest hit of each of its word groups (keyed by groupKey), and all its hits. */
interface WordsFound {
  readonly nearest: Map<number, Map<number, MetricHit>>;
  readonly allHits: Map<number, MetricHit[]>;
}

/** Each sentence's metrics named in full, found once for all its figures. */
const namedInFullByHits = new WeakMap<readonly TermHit[], ReadonlySet<number>>();

function namedInFull(context: SentenceContext): ReadonlySet<number> {
  let named = namedInFullByHits.get(context.hits);
  if (!named) {
    named = context.index.namedInFull(context.hits);
    namedInFullByHits.set(context.hits, named);
  }
  return named;
}

/** Whether some metric word in a figure's clause is its own. */
function namesOwnSubject(quantity: Quantity, context: SentenceContext): boolean {
  return context.hits.some((hit) => hit.kind === "metric" && ownerOf(hit, context) === quantity);
}

const SEGMENT_BREAK = /[;；]/;

/** Whether a figure's own words name a subject of another family than the scene's: a fresh subject. */
function namesFreshSubject(scene: MetricHit, quantity: Quantity, context: SentenceContext): boolean {
  const family = familyOf(scene, context);
  const own = ownHits(quantity, context);
  // "users" may be anyone's; "long-form video" names only its own.
  return own.some(
    (hit) => hit.group === 0 && !own.some((other) => sameSpan(hit, other) && familyOf(other, context) === family),
  );
}

/**
 * "Short video led, with 934 million users; long video had 712 million users": a scene set before a semicolon
 * is not the scene of a figure past it whose own words name another subject.
 */
function sceneBeforeSegment(hit: MetricHit, quantity: Quantity, context: SentenceContext): boolean {
  return (
    hit.end <= quantity.start &&
    SEGMENT_BREAK.test(context.text.slice(hit.end, quantity.start)) &&
    namesFreshSubject(hit, quantity, context)
  );
}

/** The words within reach that may describe a figure: its own, the scene's, and those it may borrow. */
function wordsFor(quantity: Quantity, entity: string, context: SentenceContext, borrowing: Borrowing): WordsFound {
  const { previous, restated, borrows } = borrowing;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  const listed = context.listSubject?.get(quantity);
  const nearest = new Map<number, Map<number, MetricHit>>();
  const allHits = new Map<number, MetricHit[]>();
  // The figure's own or borrowed words outrank a nearer scene word of the same group.
  const claimed = new Set<MetricHit>();
  const rank = (hit: MetricHit) => (claimed.has(hit) ? 1 : 0);
  const ownSubject = subjectOwners(quantity, context);
  const whole = wholeOfPart(quantity, context);
  const wholeSubject = whole ? subjectOwners(whole, context) : undefined;
  const previousSubject = previous ? subjectOwners(previous, context) : undefined;
  // "19.56 million of them .CN, or 61.4%": a share of a part is also described by the whole's words.
  const previousWhole = previous && borrows ? wholeOfPart(previous, context) : undefined;
  if (previousSubject && previousWhole)
    for (const owner of subjectOwners(previousWhole, context)) previousSubject.add(owner);
  // A rate's scene is its own clause and the one just before it, not a title three clauses back.
  // A rate describing a level that names no subject of its own shares that level's scene ("Online sales
  // grew, topping 13 trillion yuan, up 14.1 percent"); one whose level names its own keeps to that.
  const describes = restated ?? (borrows && previous && !namesOwnSubject(previous, context) ? previous : undefined);
  const sceneClause = describes ? Math.min(clause, clauseOf(describes.start, context.clauseStarts)) : clause;
  // A metric some of whose words the sentence lacks can be no figure's subject: its words are not weighed.
  const full = namedInFull(context);
  // A listed figure's subject was counted out for it, however long the list that stands between them.
  const reach = listed === undefined ? TERM_REACH : Number.POSITIVE_INFINITY;
  for (let at = firstWithinReach(context.hits, quantity.start - reach); at < context.hits.length; at++) {
    const hit = context.hits[at];
    if (!hit) continue;
    if (hit.start > quantity.end + reach) break;
    if (hit.kind !== "metric" || hit.end < quantity.start - reach || !full.has(hit.metric)) continue;
    const entry = context.index.metrics[hit.metric];
    if (!entry || entry.entity !== entity) continue;
    if (listed !== undefined && entry.family !== listed) continue;
    const owner = ownerOf(hit, context);
    const own = owner !== undefined && ownSubject.has(owner);
    const borrowed =
      owner !== undefined && ((borrows && previousSubject?.has(owner) === true) || wholeSubject?.has(owner) === true);
    if (listed === undefined && owner && !own && !borrowed) continue;
    const hitClause = clauseOf(hit.start, context.clauseStarts);
    if (listed === undefined && !owner && !hit.carried && quantity.unit === "percent" && hitClause < sceneClause - 1)
      continue;
    if (listed === undefined && !owner && !hit.carried && sceneBeforeSegment(hit, quantity, context)) continue;
    const byGroup = nearest.get(hit.metric) ?? new Map<number, MetricHit>();
    nearest.set(hit.metric, byGroup);
    const metricHits = allHits.get(hit.metric);
    if (metricHits) metricHits.push(hit);
    else allHits.set(hit.metric, [hit]);
    const group = groupKey(hit);
    const closest = byGroup.get(group);
    if (own || borrowed) claimed.add(hit);
    if (
      !closest ||
      rank(hit) > rank(closest) ||
      (rank(hit) === rank(closest) && distance(quantity, hit) < distance(quantity, closest))
    )
      byGroup.set(group, hit);
  }
  return { nearest, allHits };
}

/**
 * "Shanghai-based Pinduoduo", "Tencent, Alibaba and ByteDance compete for China's 1.108 billion users": a
 * company or place beside a figure the clause gives to China, or one that only locates a company.
 */
function placeAside(marker: Marker, quantity: Quantity, context: SentenceContext): boolean {
  if (/^\s?-?based\b/.test(context.text.slice(marker.end, marker.end + 7))) return true;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  return context.hits.some(
    (hit) =>
      hit.kind === "entity" &&
      context.index.entities[hit.entity]?.code === context.defaultEntity &&
      clauseOf(hit.start, context.clauseStarts) === clause,
  );
}

const NEW_USERS = /^(?:new (?:internet )?users|newcomers|新增网民|新网民)$/;

const AND_THEN = /\band\b|和|及|与|、/;

/**
 * "4.25 million 5G base stations and 200 million gigabit broadband users": a marker among the words of a
 * figure joined after this one narrows that figure, not this one.
 */
function narrowsLaterFigure(found: Marker, quantity: Quantity, context: SentenceContext): boolean {
  return context.hits.some((hit) => {
    if (!isMetricHit(hit) || hit.start > found.start || found.start >= hit.end) return false;
    const owner = ownerOf(hit, context);
    return (
      owner !== undefined &&
      owner.start >= quantity.end &&
      // after its figure ("200 million gigabit users") or, in Chinese, before it ("、农村网民3.09亿")
      (owner.end <= found.start || (hit.lang === "zh" && found.end <= owner.start)) &&
      AND_THEN.test(context.text.slice(quantity.end, owner.start))
    );
  });
}

/** Whether a sub-population word stands where it narrows this figure and the metric does not name it. */
function ruledOutByMarker(
  quantity: Quantity,
  byGroup: ReadonlyMap<number, MetricHit>,
  metricHits: readonly MetricHit[],
  context: SentenceContext,
  borrowing: Borrowing,
): boolean {
  // "农村为94.7%", "among minors": whether named in the figure's clause, in a clause its words come from, or
  // by the level a share or change describes.
  const clauses = new Set([
    clauseOf(quantity.start, context.clauseStarts),
    ...[...byGroup.values()].filter((hit) => !hit.carried).map((hit) => clauseOf(hit.start, context.clauseStarts)),
  ]);
  if (borrowing.previous && borrowing.borrows) clauses.add(clauseOf(borrowing.previous.start, context.clauseStarts));
  // A subject named only by an earlier sentence is held to every sub-population word of this one.
  const carried = [...byGroup.values()].every((hit) => hit.carried);
  return context.markers.some(
    (found) =>
      (carried || clauses.has(clauseOf(found.start, context.clauseStarts))) &&
      !includedPart(found, context.text) &&
      !(found.place && placeAside(found, quantity, context)) &&
      // A marker that starts inside the metric's own words is theirs ("broadband access port" + "s").
      !metricHits.some((hit) => hit.start <= found.start && found.start < hit.end) &&
      !narrowsLaterFigure(found, quantity, context) &&
      // "a net gain of 15 million new users": for a change, the new users are the change itself.
      !(quantity.role === "change" && NEW_USERS.test(context.text.slice(found.start, found.end))),
  );
}

/** "网上零售额（含实物商品和非实物商品）", "covering both physical goods and services": a part the total includes. */
function includedPart(found: { readonly start: number }, text: string): boolean {
  // The words of the list the inclusion opens: "含实物商品和非实物商品", "both physical goods and services".
  return /(?:含|包括|包含|including|includes|covering|covers|both)[^，,。；;）)]{0,12}$/.test(
    text.slice(Math.max(0, found.start - 20), found.start),
  );
}

/**
 * A metric word that narrows (in-car, rural) must stand in the figure's clause or beside the metric's other
 * words: "From smartphones to in-car systems, China's internet users reached…" is about all users.
 */
function strayMarker(
  quantity: Quantity,
  byGroup: ReadonlyMap<number, MetricHit>,
  context: SentenceContext,
  borrowing: Borrowing,
): boolean {
  if (context.markers.length === 0) return false;
  const hits = [...byGroup.values()].filter((hit) => !hit.carried);
  const isMarker = (hit: MetricHit) => context.markers.some((m) => hit.start <= m.start && m.end <= hit.end);
  // A share's whole ("占网民整体的") says nothing of where its subject stands.
  const plain = hits.filter((hit) => !isMarker(hit) && !isWholeWord(hit, context.text));
  if (plain.length === 0) return false;
  const clauses = new Set([
    clauseOf(quantity.start, context.clauseStarts),
    ...plain.map((hit) => clauseOf(hit.start, context.clauseStarts)),
  ]);
  // A share or change may take its words from the level it describes.
  if (borrowing.previous && borrowing.borrows) clauses.add(clauseOf(borrowing.previous.start, context.clauseStarts));
  return hits.some((hit) => isMarker(hit) && !clauses.has(clauseOf(hit.start, context.clauseStarts)));
}

/** One metric's claim to be a figure's subject: how many of its words, how near, whose. */
function scoreMetric(
  quantity: Quantity,
  entry: MetricEntry,
  byGroup: ReadonlyMap<number, MetricHit>,
  context: SentenceContext,
): (Candidate & { readonly own: boolean }) | undefined {
  const matchedEn = [...byGroup.values()].filter((hit) => hit.lang === "en").length;
  const lang =
    matchedEn === entry.groupCount.en ? "en" : byGroup.size - matchedEn === entry.groupCount.zh ? "zh" : undefined;
  if (!lang) return undefined;
  // "95% of people in China" is not 95% of internet users.
  const whole = quantity.unit === "percent" ? claimedWhole(quantity, context.text) : undefined;
  const counted = entry.unit === "percent" ? metricWhole(entry) : undefined;
  // A share within another group of users ("group") is no share of all users or of the population.
  if (whole && counted && whole !== counted) return undefined;
  // A share of another total ("of online retail sales") answers no share metric: which total, the words do not say.
  if (whole === "other-total" && entry.kind === "share") return undefined;
  // A subject named only by an earlier sentence must be pointed back to as itself.
  if ([...byGroup.values()].every((hit) => hit.carried) && !context.carriedAlone) return undefined;
  if ([...byGroup.values()].every((hit) => isAmongWord(hit, context.text))) return undefined;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  // Each word the metric needs and the claim has makes the match more specific.
  let score = 15 * byGroup.size;
  let own = false;
  for (const hit of byGroup.values()) {
    if (hit.lang !== lang) continue;
    // Words of the figure's own clause say most; scene-setting words less; borrowed ones least.
    // A share's whole is not its subject: "37.3% of all internet users" is not about internet users.
    const names = !hit.carried && !(quantity.unit === "percent" && isWholeWord(hit, context.text));
    const ownHit =
      names && (ownerOf(hit, context) === quantity || clauseOf(hit.start, context.clauseStarts) === clause);
    own ||= ownHit;
    score += (ownHit ? 25 : ownerOf(hit, context) ? 3 : 6) + hit.end - hit.start;
    score -= 0.05 * distance(quantity, hit);
  }
  const previousMetric = context.previousMetric;
  // A rate of change restating the change before it ("up 75.05 million, or 15 percent") shares its subject;
  // a level of another kind ("农村网民3.13亿人，农村互联网普及率65.6%") names its own.
  if (
    quantity.role === "change" &&
    previousMetric &&
    entry.metric !== previousMetric &&
    entry.family === previousMetric
  )
    score += 20;
  return { entry, score, own };
}

/** Metrics that are wholes: "netizen population" names the netizens, not a part of the population. */
const WHOLES: ReadonlySet<string> = new Set(Object.values(WHOLE_METRIC));
/** No metric name that can modify another is longer than this. */
const MAX_GLUED_NAME = 50;
// What may stand between a modifier and the name it modifies: "手机网上外卖", "mobile online shopping".
const MODIFIER_GAP = /^(?:\s?|网上|网络|在线|线上|互联网| online | internet )$/;

/** The family of the broader level a metric's subject is part of ("physical goods" of online retail). */
function partOfFamily(entry: MetricEntry, context: SentenceContext): string | undefined {
  const subject = entry.kind === "level" ? entry : context.index.metrics.find((other) => other.metric === entry.family);
  return subject?.partOf;
}

/**
 * Two metrics' names glued together ("手机网上外卖用户", "mobile food delivery users", "netizen population")
 * where no metric's own term covers the compound: the head names the metric only when it is a mere whole
 * ("population"), then the modifier's metric is meant; otherwise the compound narrows the head and names
 * neither.
 */
function inCompound(entry: MetricEntry, byGroup: ReadonlyMap<number, MetricHit>, context: SentenceContext): boolean {
  const [name, ...others] = byGroup.values();
  if (!name || others.length > 0 || name.group !== 0) return false;
  const family = (hit: MetricHit) => context.index.metrics[hit.metric]?.family;
  const glued = (first: MetricHit, second: MetricHit) =>
    second.start >= first.end &&
    second.start - first.end <= 10 &&
    MODIFIER_GAP.test(context.text.slice(first.end, second.start));
  // Only names within a few characters either side can be glued to this one: hits are in text order.
  for (let at = firstWithinReach(context.hits, name.start - MAX_GLUED_NAME); at < context.hits.length; at++) {
    const hit = context.hits[at];
    if (!hit || hit.start > name.end + 10) break;
    // One character ("年" after a year) is too little to be a name that modifies another.
    if (!isMetricHit(hit) || hit.group !== 0 || hit.end - hit.start < 2 || family(hit) === entry.family) continue;
    // This metric's name modifies a head: meant when the head is a whole or the broader level it is part of.
    if (glued(name, hit) && !WHOLES.has(family(hit) ?? "") && partOfFamily(entry, context) !== family(hit)) return true;
    // This metric's name is a head another name modifies: never meant.
    if (glued(hit, name)) return true;
  }
  return false;
}

/** "406 million internet users had ordered food online": users followed by what they did count that activity. */
const ACTIVITY_AFTER_USERS = new RegExp(
  `^s?(?:\\s+${anyOf(EN.usersNouns)})?\\s+(?:${anyOf(EN.usersActivityAux)}\\s+)?(?:${anyOf(EN.usersActivityAdverbs)}\\s+)?(${anyOf(EN.usersActivityVerbs)})\\b`,
  "i",
);

/** "67.2% of Chinese netizens": the few words from a share to the users it is of. */
const SHARE_OF = new RegExp(`^\\s+${anyOf(EN.shareOf)}\\s[^,;.]{0,30}$`);

/** Where the activity verb after a hit stands, if one follows it. */
function activityAfter(hit: MetricHit, text: string): number | undefined {
  const found = ACTIVITY_AFTER_USERS.exec(text.slice(hit.end, hit.end + 40));
  const verb = found?.[1];
  return found && verb !== undefined ? hit.end + found[0].length - verb.length : undefined;
}

function doneActivity(byGroup: ReadonlyMap<number, MetricHit>, context: SentenceContext): boolean {
  const name = byGroup.get(0);
  return name?.lang === "en" && activityAfter(name, context.text) !== undefined;
}

/**
 * "67.2% of netizens now pay by mobile": a share of users followed by what they did is that activity's share;
 * a metric whose words do not name the activity itself (pay, shop) is another share.
 */
function shareOfOtherActivity(
  quantity: Quantity,
  byGroup: ReadonlyMap<number, MetricHit>,
  metricHits: readonly MetricHit[],
  context: SentenceContext,
): boolean {
  // Only the users a share is "of": "users made up 90.5 percent" says what the share is, not what they did.
  const ofUsers = (hit: MetricHit) =>
    hit.start >= quantity.end && SHARE_OF.test(context.text.slice(quantity.end, hit.start));
  return [...byGroup.values()].some((hit) => {
    const verb = hit.lang === "en" && ofUsers(hit) ? activityAfter(hit, context.text) : undefined;
    return verb !== undefined && !metricHits.some((other) => other.start <= verb && verb < other.end);
  });
}

/**
 * "710 million shopped online, and 37 percent of them bought through live streams": a share counted among the
 * people of the level before is not that level's own share of a wider whole, so the level's words may complete
 * a metric's ("1.1 billion internet users, 99.7 percent of them on mobile") but never be its only name.
 */
function namedOnlyByWhole(
  quantity: Quantity,
  byGroup: ReadonlyMap<number, MetricHit>,
  context: SentenceContext,
  borrowing: Borrowing,
): boolean {
  if (quantity.unit !== "percent" || !borrowing.previous || !borrowing.borrows) return false;
  if (!PART_AFTER.test(context.text.slice(quantity.end, quantity.end + 20))) return false;
  const whole = subjectOwners(borrowing.previous, context);
  const names = [...byGroup.values()].filter((hit) => hit.group === 0);
  return names.every((hit) => {
    const owner = ownerOf(hit, context);
    return owner !== undefined && whole.has(owner);
  });
}

/** "5.18亿户", "1.7亿部": a measure word after the figure that counts no persons (subscriptions, devices). */
const NOT_PERSONS_AFTER = /^\s*(?:户|部|台|个|家|张|条|块)/;
/** More people than live on Earth: "54.69 billion text messages" counts the noun after it. */
const MORE_THAN_ANY_PEOPLE = 1e10;
const NOUN_AFTER = /^\s?[a-z\u3400-\u9fff]/;
const EN_NOT_PERSONS_AFTER = new RegExp(`^\\s*${anyOf(EN.notPersonsAfter)}(?![a-z])`, "i");

/**
 * A part is never the whole's own metric: "1.032 billion internet users, 119 million of them online daily" is
 * no count of internet users. A metric the whole's words name in full is the whole's.
 */
function namesWhole(
  entry: MetricEntry,
  hits: readonly MetricHit[],
  wholeSubject: ReadonlySet<Quantity>,
  context: SentenceContext,
): boolean {
  const groups = { en: new Set<number>(), zh: new Set<number>() };
  for (const hit of hits) {
    const owner = ownerOf(hit, context);
    if (owner !== undefined && wholeSubject.has(owner)) groups[hit.lang].add(hit.group);
  }
  return groups.en.size === entry.groupCount.en || groups.zh.size === entry.groupCount.zh;
}

export function candidatesFor(quantity: Quantity, entity: string, context: SentenceContext): Candidate[] {
  const borrowing = borrowingFor(quantity, context);
  const whole = wholeOfPart(quantity, context);
  const wholeSubject = whole ? subjectOwners(whole, context) : undefined;
  const { nearest, allHits } = wordsFor(quantity, entity, context, borrowing);
  const candidates: (Candidate & { readonly own: boolean })[] = [];
  const after = context.text.slice(quantity.end, quantity.end + 16);
  const notPersons =
    NOT_PERSONS_AFTER.test(after) ||
    EN_NOT_PERSONS_AFTER.test(after) ||
    (quantity.unit === "plain" && quantity.value > MORE_THAN_ANY_PEOPLE && NOUN_AFTER.test(after));
  for (const [metric, byGroup] of nearest) {
    const entry = context.index.metrics[metric];
    if (!entry) continue;
    // An incomparable unit is a hard veto: households, devices or items are never a count of people.
    if (notPersons && entry.unit === "person") continue;
    if (inCompound(entry, byGroup, context)) continue;
    if (entry.unit === "person" && doneActivity(byGroup, context)) continue;
    if (quantity.unit === "percent" && shareOfOtherActivity(quantity, byGroup, allHits.get(metric) ?? [], context))
      continue;
    if (namedOnlyByWhole(quantity, byGroup, context, borrowing)) continue;
    // "网上零售额（含实物商品…）": a part the total includes is not the figure's subject.
    const name = [...byGroup.values()].find((hit) => hit.group === 0);
    if (name && includedPart(name, context.text)) continue;
    const candidate = scoreMetric(quantity, entry, byGroup, context);
    if (!candidate || ruledOutByMarker(quantity, byGroup, allHits.get(metric) ?? [], context, borrowing)) continue;
    if (strayMarker(quantity, byGroup, context, borrowing)) continue;
    if (wholeSubject && namesWhole(entry, allHits.get(metric) ?? [], wholeSubject, context)) continue;
    candidates.push(candidate);
  }
  // When the figure's own clause names a metric, a metric named only elsewhere is not its subject.
  const named = candidates.some((candidate) => candidate.own)
    ? candidates.filter((candidate) => candidate.own)
    : candidates;
  return named.sort((a, b) => b.score - a.score);
}

const YEAR_EARLIER =
  /^[^.;。；]{0,30}?(a year earlier|a year ago|the previous year|the year before|last year|上年|去年|一年前|上一年)/;

/**
 * When an earlier value is stated ("from 915 million at the end of 2023", "from 1.092 billion a year
 * earlier"), the time it is for: a period written right after it, or a year before the claim's own period.
 */
export function earlierPeriodFor(
  quantity: Quantity,
  entry: MetricEntry,
  context: SentenceContext,
): ClaimedPeriod | undefined {
  // "从1997年的62万人": the period stands just before the earlier value.
  const justBefore = context.periods.find((period) => period.end <= quantity.start && quantity.start - period.end <= 3);
  if (justBefore) return justBefore;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  const after = context.periods.find(
    (period) =>
      period.start >= quantity.end &&
      period.start - quantity.end <= 25 &&
      clauseOf(period.start, context.clauseStarts) === clause,
  );
  // "from 1.092 billion to 1.108 billion in 2024" (or "2024年，…从10.92亿增至11.08亿"): the period is the
  // later value's, and the earlier one stood at its start.
  const later = context.quantities.find(
    (other) => other.start > quantity.end && clauseOf(other.start, context.clauseStarts) === clause,
  );
  // Unless the periods pair up with the values: "from 648 million to 1.012 billion between 2018 and 2022".
  const pairedAfter = (period: ClaimedPeriod) =>
    context.periods.some((next) => next.start >= period.end && next.start - period.end <= 8);
  if (after) return later && later.end <= after.start && !pairedAfter(after) ? startOf(after) : after;
  const before = context.periods.filter((period) => period.end <= quantity.start);
  const [first] = before;
  if (later && first && before.length > 1 && pairedAfter(first)) return first;
  if (later && first && before.length === 1 && !first.base) return startOf(first);
  if (!YEAR_EARLIER.test(context.text.slice(quantity.end))) return undefined;
  const current = context.periods.find((period) => !period.base && period.end <= quantity.start) ?? context.carried;
  const currentEnd = current?.year !== undefined ? { year: current.year, month: current.to } : undefined;
  const latest = entry.facts.at(-1);
  const year = currentEnd?.year ?? (latest ? Number(periodEnd(latest).slice(0, 4)) : undefined);
  if (year === undefined) return undefined;
  const month = currentEnd?.month ?? (latest ? Number(periodEnd(latest).slice(5, 7)) : 12);
  const at = { start: quantity.end, end: quantity.end, recogniser: "interpret.year-earlier" };
  return { ...at, year: year - 1, from: month, to: month, shape: "month", base: true };
}

/** The month before a year or a span began: where "from X" stood. A month has no start we could name. */
function startOf(period: ClaimedPeriod): ClaimedPeriod | undefined {
  if (period.year === undefined || period.shape === "month") return undefined;
  const month = period.from === 1 ? 12 : period.from - 1;
  const year = period.from === 1 ? period.year - 1 : period.year;
  return { ...period, year, from: month, to: month, shape: "month", base: true };
}

export type PickedValue = { kind: "fact"; fact: Fact } | { kind: "derived"; derived: DerivedValue };

/** A change answers a stated base ("较2023年12月") only when it is measured from that month (or year). */
function measuredFrom(fact: Fact, since: ClaimedPeriod | undefined): boolean {
  if (since?.year === undefined) return true;
  const relation = fact.relations.find((candidate) => candidate.type === "change-from");
  if (relation?.type !== "change-from") return true;
  // "比去年增长", "up from last year": a change over a year, whichever year the writer counted from.
  // "较去年年底" is a month like any other: only "last year" as a whole leaves the writer's base open.
  if (since.relative && since.shape === "year") return monthIndex(periodEnd(fact)) - monthIndex(relation.since) === 12;
  const [year, month] = relation.since.split("-").map(Number);
  return year === since.year && (since.shape === "year" || month === since.to);
}

/** "2025-01-17" against "2025-01": compares only as far as both are written. */
export function releasedBy(releaseDate: string, published: string): boolean {
  const length = Math.min(releaseDate.length, published.length);
  return releaseDate.slice(0, length) <= published.slice(0, length);
}

/**
 * Every value that could be the one a claim means: those of its period. With no period stated, the
 * newest one released by the article's date; with no date either, any (the caller keeps the best fit).
 */
export function valuesFor(
  entry: MetricEntry,
  claimed: ClaimedPeriod | undefined,
  published?: string,
  since?: ClaimedPeriod,
): PickedValue[] {
  const facts = entry.facts.filter((fact) => fact.current && measuredFrom(fact, since));
  if (!claimed) {
    if (published === undefined) {
      const all: PickedValue[] = facts.map((fact) => ({ kind: "fact", fact }));
      return all.length > 0 ? all : entry.derived.map((derived) => ({ kind: "derived", derived }));
    }
    // Any figure released in the year before the article is one it may be citing.
    const yearBefore = `${Number(published.slice(0, 4)) - 1}${published.slice(4, 7)}`;
    const stated: PickedValue[] = facts
      .filter((fact) => releasedBy(fact.source.releaseDate, published) && periodEnd(fact) > yearBefore)
      .map((fact) => ({ kind: "fact", fact }));
    if (stated.length > 0) return stated;
    return entry.derived
      .filter((value) => value.periodEnd <= published.slice(0, 7) && value.periodEnd > yearBefore)
      .map((derived) => ({ kind: "derived", derived }));
  }
  // A change is dated by its end: "as of June, up 7.42 million" is the change up to June; a span the
  // claim names ("7月份", "1-7月", "in 2025") is that span only.
  // A flow's change is for its span: "September alone, up 4.4%" is no January–September growth.
  // A change over a plan's years ("十四五期间新增") is no change held: none is measured over them.
  if (claimed.fromYear !== undefined && entry.role === "change") return [];
  const answers = (period: Period) =>
    entry.role === "change" && !entry.flow && period.kind === "span" && claimed.shape === "month"
      ? periodAnswers({ kind: "instant", date: period.end }, claimed)
      : periodAnswers(period, claimed);
  const stated: PickedValue[] = facts.filter((fact) => answers(fact.period)).map((fact) => ({ kind: "fact", fact }));
  if (stated.length > 0) return stated;
  return entry.derived
    .filter((value) => periodAnswers({ kind: "instant", date: value.periodEnd }, claimed))
    .map((derived) => ({ kind: "derived", derived }));
}
