import { derivedEarlierValue, factInterval, periodEnd } from "../../fact-values.ts";
import type { Lang } from "../../format/number.ts";
import { type Interval, multiply, scale } from "../../interval.ts";
import type { EntityRecord, Fact, MetricKind, Unit } from "../../schema/fact.ts";

/** A value the dataset implies through a relation rather than states. */
export interface DerivedValue {
  readonly periodEnd: string;
  readonly interval: Interval;
  readonly value: number;
  readonly precision: number;
  readonly from: readonly Fact[];
}

/** Everything known about one metric of one entity: the unit of matching. */
export interface MetricEntry {
  readonly index: number;
  readonly entity: string;
  readonly metric: string;
  readonly unit: Unit;
  /** A level, or a share, change or growth: from the metric's definition. */
  readonly kind: MetricKind;
  /** A change or growth is judged as a change; a level or share as a level. */
  readonly role: "level" | "change";
  /** The subject a share, change or growth is about (its `of`); a level is its own. */
  readonly family: string;
  /** What a share is counted against, when the metric says. */
  readonly whole: string | undefined;
  /** The broader level this level is one part of ("rural users" of all users), when the metric says. */
  readonly partOf: string | undefined;
  /** Its subject is summed over spans (sales January–N), not counted at an instant (users at month's end). */
  flow: boolean;
  /** How many term groups a claim must match, in each language. */
  readonly groupCount: { readonly en: number; readonly zh: number };
  /** Stated facts, oldest period first. */
  readonly facts: Fact[];
  readonly derived: DerivedValue[];
  /** The fact that names the metric in explanations when only derived values exist. */
  readonly exemplar: Fact;
}

/**
 * What a term names: one word group of a metric in one language (a claim must match every group of one
 * language), or an entity.
 */
export type TermMeaning =
  | { readonly kind: "metric"; readonly metric: number; readonly lang: Lang; readonly group: number }
  | { readonly kind: "entity"; readonly entity: number };

/** A term found in a claim. `carried` words come from an earlier sentence: scene for every figure, owned by none. */
export type TermHit = TermMeaning & { readonly start: number; readonly end: number; readonly carried?: true };
export type MetricHit = Extract<TermHit, { kind: "metric" }>;

/** A meaning found at a place; built field by field, as a spread of the meaning costs a copy loop per hit. */
function hitOf(meaning: TermMeaning, start: number, end: number): TermHit {
  return meaning.kind === "metric"
    ? { kind: "metric", metric: meaning.metric, lang: meaning.lang, group: meaning.group, start, end }
    : { kind: "entity", entity: meaning.entity, start, end };
}

export const isMetricHit = (hit: TermHit): hit is MetricHit => hit.kind === "metric";

interface TermPosting {
  readonly term: string;
  readonly wordStart: boolean;
  /** Names must end at a word's end ("the us" is not "the use"); metric terms may be stems ("shop"). */
  readonly wholeWord: boolean;
  readonly meaning: TermMeaning;
}

/** One distinct term and everything it names: "internet user" is one string however many countries use it. */
interface TermEntry {
  readonly term: string;
  readonly wordStart: boolean;
  readonly wholeWord: boolean;
  readonly meanings: TermMeaning[];
}

interface GroupScratch {
  epoch: number;
  readonly seenAt: Uint32Array;
  readonly en: Uint32Array;
  readonly zh: Uint32Array;
}

/** Whether a bit set of groups seen holds all `count` groups (a metric of more than 30 counts as named). */
function namesAll(seen: number, count: number): boolean {
  if (count > 30) return true;
  const all = 2 ** count - 1;
  return (seen & all) === all;
}

/** Terms are bucketed by up to their first three characters; a bucket stays small however large the dataset. */
const KEY_LENGTH = 3;

/** The buckets as a tree of characters, so a claim is read without cutting a key out at each position. */
interface KeyNode {
  readonly entries: TermEntry[];
  /** Keyed by UTF-16 code unit: a claim is read by char code, with no one-character strings made. */
  readonly next: Map<number, KeyNode>;
}

/** Whether a UTF-16 code unit is a-z or 0-9 (NaN, past either end of a text, is not). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The bucket of a term's first characters, made on the way if missing. */
function bucketFor(root: KeyNode, term: string): TermEntry[] {
  let node = root;
  for (let depth = 0; depth < Math.min(KEY_LENGTH, term.length); depth++) {
    const code = term.charCodeAt(depth);
    let child = node.next.get(code);
    if (!child) {
      child = { entries: [], next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  return node.entries;
}

function isWordStartTerm(term: string): boolean {
  return /^[a-z0-9]/.test(term);
}

/**
 * The dataset arranged for claim checking: an inverted index from the first characters of every
 * term to the metrics and entities it names, so a check costs the claim's length, not the dataset's size.
 */
export class FactIndex {
  readonly metrics: MetricEntry[] = [];
  readonly entities: readonly EntityRecord[];
  readonly factsById = new Map<string, Fact>();
  readonly entitiesWithFacts = new Set<string>();
  readonly metricOfFact = new Map<string, MetricEntry>();
  private readonly familyByMetric = new Map<string, string>();
  private readonly keys: KeyNode = { entries: [], next: new Map() };
  /** The terms that may start inside a word (Chinese ones): all that can match where no word starts. */
  private readonly keysInsideWords: KeyNode = { entries: [], next: new Map() };
  private readonly entriesByTerm = new Map<string, TermEntry>();
  private scratch: GroupScratch | undefined;

  /** The publishers' names, lower-cased, without their bracketed short forms: "china internet network information center". */
  readonly publisherNames = new Set<string>();

  /**
   * `entitiesWithFacts` and `publishers`: when `facts` are a part of a dataset, the entities the whole of it has
   * facts for and its publishers' names, so a check reads the same against the part as against the whole.
   */
  constructor(
    facts: readonly Fact[],
    entities: readonly EntityRecord[],
    entitiesWithFacts: Iterable<string> = [],
    publishers: Iterable<string> = [],
  ) {
    this.entities = entities;
    for (const code of entitiesWithFacts) this.entitiesWithFacts.add(code);
    const byKey = new Map<string, MetricEntry>();
    const published = new Set(publishers);
    for (const fact of facts) {
      published.add(fact.source.publisher.en).add(fact.source.publisher.zh);
      this.factsById.set(fact.id, fact);
      this.entitiesWithFacts.add(fact.entity.code);
      const key = `${fact.entity.code}:${fact.metric}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = this.newEntry(fact);
        byKey.set(key, entry);
      }
      entry.facts.push(fact);
      this.metricOfFact.set(fact.id, entry);
    }
    for (const entry of this.metrics) entry.facts.sort((a, b) => (periodEnd(a) < periodEnd(b) ? -1 : 1));
    this.addPublisherNames(published);
    for (const entry of this.metrics) this.familyByMetric.set(entry.metric, entry.family);
    const flows = new Set(
      this.metrics
        .filter((entry) => entry.kind === "level" && entry.facts.some((fact) => fact.period.kind === "span"))
        .map((entry) => `${entry.entity}:${entry.metric}`),
    );
    for (const entry of this.metrics) entry.flow = flows.has(`${entry.entity}:${entry.family}`);
    this.addEntityTerms(entities);
    this.deriveValues(facts);
  }

  /** The metric entry a fact's metric starts, its terms indexed. */
  private newEntry(fact: Fact): MetricEntry {
    const entry: MetricEntry = {
      index: this.metrics.length,
      entity: fact.entity.code,
      metric: fact.metric,
      unit: fact.unit,
      kind: fact.kind,
      role: fact.kind === "change" || fact.kind === "growth" ? "change" : "level",
      family: fact.kind === "level" ? fact.metric : (fact.of ?? fact.metric),
      whole: fact.whole,
      partOf: fact.partOf,
      flow: false,
      groupCount: { en: fact.terms.en.length, zh: fact.terms.zh.length },
      facts: [],
      derived: [],
      exemplar: fact,
    };
    this.metrics.push(entry);
    this.addTerms(fact.terms, entry.index);
    return entry;
  }

  /** Publishers' names without their bracketed short forms: "China Internet Network Information Center (CNNIC)". */
  private addPublisherNames(names: Iterable<string>): void {
    for (const name of names) {
      const plain = name
        .replace(/\s*[(（][^)）]*[)）]/g, "")
        .trim()
        .toLowerCase();
      if (plain.length > 3) this.publisherNames.add(plain);
    }
  }

  private addEntityTerms(entities: readonly EntityRecord[]): void {
    entities.forEach((entity, index) => {
      for (const term of entity.terms)
        this.addPosting({
          term: term.toLowerCase(),
          wordStart: isWordStartTerm(term.toLowerCase()),
          // "us" is not "usage"; but "中国5G" names China: only a term ending in a letter or digit needs a word end.
          wholeWord: /[a-z0-9]$/.test(term.toLowerCase()),
          meaning: { kind: "entity", entity: index },
        });
    });
  }

  /** The subject a metric is about: itself for a level, what it is of for a share, change or growth. */
  familyOf(metric: string): string {
    return this.familyByMetric.get(metric) ?? metric;
  }

  private addTerms(terms: Fact["terms"], metric: number): void {
    for (const lang of ["en", "zh"] as const) {
      terms[lang].forEach((words, group) => {
        for (const raw of words) {
          const term = raw.toLowerCase();
          this.addPosting({
            term,
            wordStart: isWordStartTerm(term),
            wholeWord: false,
            meaning: { kind: "metric", metric, lang, group },
          });
        }
      });
    }
  }

  private addPosting(posting: TermPosting): void {
    const id = `${posting.wholeWord ? "w" : "s"}${posting.term}`;
    let entry = this.entriesByTerm.get(id);
    if (!entry) {
      entry = { term: posting.term, wordStart: posting.wordStart, wholeWord: posting.wholeWord, meanings: [] };
      this.entriesByTerm.set(id, entry);
      bucketFor(this.keys, posting.term).push(entry);
      if (!entry.wordStart) bucketFor(this.keysInsideWords, posting.term).push(entry);
    }
    entry.meanings.push(posting.meaning);
  }

  /** Earlier values from changes, and counts from shares of a known whole. */
  private deriveValues(facts: readonly Fact[]): void {
    for (const fact of facts) {
      for (const relation of fact.relations) {
        if (relation.type === "change-from") {
          const of = this.factsById.get(relation.of);
          const entry = of && this.metricOfFact.get(of.id);
          const earlier = of && derivedEarlierValue(of, fact);
          if (!of || !entry || !earlier) continue;
          if (entry.facts.some((stated) => periodEnd(stated) === relation.since)) continue;
          entry.derived.push({
            periodEnd: relation.since,
            interval: earlier,
            value: (earlier.lo + earlier.hi) / 2,
            precision: Math.min(of.precision, fact.precision),
            from: [of, fact],
          });
        }
        if (relation.type === "share-of" && relation.part === undefined) {
          const whole = this.factsById.get(relation.whole);
          if (!whole) continue;
          const part = scale(multiply(factInterval(fact), factInterval(whole)), 1 / 100);
          const index = this.metrics.length;
          const entry: MetricEntry = {
            index,
            entity: fact.entity.code,
            metric: `${fact.metric}:count`,
            unit: whole.unit,
            kind: "level",
            role: "level",
            family: fact.of ?? fact.metric,
            whole: undefined,
            partOf: undefined,
            flow: false,
            groupCount: { en: fact.terms.en.length, zh: fact.terms.zh.length },
            facts: [],
            derived: [
              {
                periodEnd: periodEnd(fact),
                interval: part,
                value: (part.lo + part.hi) / 2,
                precision: whole.precision,
                from: [fact, whole],
              },
            ],
            exemplar: fact,
          };
          this.metrics.push(entry);
          this.addTerms(fact.terms, index);
        }
      }
    }
  }

  /**
   * The metrics whose every word group, in one language at least, some hit names: no other metric can be a
   * figure's subject, as a figure's words are some of the sentence's.
   */
  namedInFull(hits: readonly TermHit[]): ReadonlySet<number> {
    const scratch = this.groupScratch();
    const epoch = ++scratch.epoch;
    const touched: number[] = [];
    for (const hit of hits) {
      if (hit.kind !== "metric") continue;
      const metric = hit.metric;
      if (scratch.seenAt[metric] !== epoch) {
        scratch.seenAt[metric] = epoch;
        scratch.en[metric] = 0;
        scratch.zh[metric] = 0;
        touched.push(metric);
      }
      // Past 30 groups a bit per group would overflow: count such a metric as named, which only costs time.
      const bit = hit.group < 31 ? 1 << hit.group : 0;
      if (hit.lang === "zh") scratch.zh[metric] = (scratch.zh[metric] ?? 0) | bit;
      else scratch.en[metric] = (scratch.en[metric] ?? 0) | bit;
    }
    const full = new Set<number>();
    for (const metric of touched) {
      const groups = this.metrics[metric]?.groupCount;
      if (!groups) continue;
      if (namesAll(scratch.en[metric] ?? 0, groups.en) || namesAll(scratch.zh[metric] ?? 0, groups.zh))
        full.add(metric);
    }
    return full;
  }

  /** Per-metric bit sets of groups seen, reused from check to check: a stamp says which are this check's. */
  private groupScratch(): GroupScratch {
    if (!this.scratch || this.scratch.epoch >= 0xffffffff) {
      const size = this.metrics.length;
      this.scratch = { epoch: 0, seenAt: new Uint32Array(size), en: new Uint32Array(size), zh: new Uint32Array(size) };
    }
    return this.scratch;
  }

  /** The terms of every metric and entity found in a normalized claim, in text order, at most `limit`. */
  findTerms(text: string, limit = Number.POSITIVE_INFINITY): TermHit[] {
    const hits: TermHit[] = [];
    for (let position = 0; position < text.length && hits.length < limit; position++) {
      const atWordStart = position === 0 || !isWordChar(text.charCodeAt(position - 1));
      // Inside a word only terms that need no word start can begin: most positions of English end here.
      let node: KeyNode | undefined = atWordStart ? this.keys : this.keysInsideWords;
      for (let depth = 0; depth < KEY_LENGTH && position + depth < text.length; depth++) {
        node = node.next.get(text.charCodeAt(position + depth));
        if (!node) break;
        if (node.entries.length > 0) this.collect(node.entries, text, position, atWordStart, hits);
      }
    }
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }

  private collect(
    bucket: readonly TermEntry[],
    text: string,
    position: number,
    atWordStart: boolean,
    hits: TermHit[],
  ): void {
    for (const entry of bucket) {
      if (entry.wordStart && !atWordStart) continue;
      if (!text.startsWith(entry.term, position)) continue;
      if (entry.wholeWord && isWordChar(text.charCodeAt(position + entry.term.length))) continue;
      const end = position + entry.term.length;
      for (const meaning of entry.meanings) hits.push(hitOf(meaning, position, end));
    }
  }
}
