import type { FactIndex } from "./claims/interpret/fact-index.ts";
import { normalizeClaim } from "./claims/read/normalize.ts";
import { periodEnd } from "./fact-values.ts";
import type { Fact } from "./schema/fact.ts";

export interface SearchHit {
  readonly fact: Fact;
  readonly score: number;
}

const WORD = /[a-z0-9][a-z0-9.-]*|[\u3400-\u9fff]+/g;

/** What a query is matched with: its normalized text, its words (repeats count) and the years it names. */
export interface SearchWords {
  readonly text: string;
  readonly words: readonly string[];
  readonly years: readonly string[];
}

export function searchWords(query: string): SearchWords {
  const text = normalizeClaim(query).trim();
  const words = text.match(WORD) ?? [];
  return { text, words, years: words.filter((word) => /^(19|20)\d\d$/.test(word)) };
}

/** Best score first, then the newest period, then the id in code-point order (what SQL's ORDER BY gives). */
export function compareHits(a: SearchHit, b: SearchHit): number {
  const newer = periodEnd(b.fact) < periodEnd(a.fact) ? -1 : periodEnd(b.fact) > periodEnd(a.fact) ? 1 : 0;
  return b.score - a.score || newer || (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0);
}

/** The text a query word is looked for in: the id, and the label in `lang` or in both languages. */
export function searchHaystack(fact: Fact, lang?: "en" | "zh"): string {
  if (lang === "en") return `${fact.id} ${fact.label.en.toLowerCase()}`;
  if (lang === "zh") return `${fact.id} ${fact.label.zh}`;
  return `${fact.id} ${fact.label.en.toLowerCase()} ${fact.label.zh}`;
}

/**
 * Facts ranked for a free-text query in English or Chinese: the metric terms a claim would use count
 * most, then words of the label and id, then a year or month named in the query. With `lang`, only that
 * language's terms and label are read.
 */
export function searchFacts(index: FactIndex, query: string, limit = 10, lang?: "en" | "zh"): SearchHit[] {
  const { text, words, years } = searchWords(query);
  if (!text) return [];
  const scores = new Map<string, number>();
  const bump = (fact: Fact, by: number) => scores.set(fact.id, (scores.get(fact.id) ?? 0) + by);

  const termGroups = new Map<number, Set<string>>();
  for (const hit of index.findTerms(text)) {
    if (hit.kind !== "metric" || (lang !== undefined && hit.lang !== lang)) continue;
    const groups = termGroups.get(hit.metric) ?? new Set<string>();
    groups.add(`${hit.lang}${hit.group}`);
    termGroups.set(hit.metric, groups);
  }
  for (const [metric, groups] of termGroups) {
    const entry = index.metrics[metric];
    if (!entry) continue;
    for (const fact of entry.facts) bump(fact, 10 * groups.size);
  }

  for (const fact of index.factsById.values()) {
    const haystack = searchHaystack(fact, lang);
    for (const word of words) if (word.length >= 2 && haystack.includes(word)) bump(fact, 3);
    if (years.some((year) => periodEnd(fact).startsWith(year))) bump(fact, scores.has(fact.id) ? 2 : 0);
  }

  return [...scores]
    .map(([id, score]) => ({ fact: index.factsById.get(id) as Fact, score }))
    .filter((hit) => hit.score > 2)
    .sort(compareHits)
    .slice(0, limit);
}

function editDistance(a: string, b: string, cap: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/** Ids close to a mistyped one, for "did you mean" in a 404. */
export function closestIds(ids: Iterable<string>, wanted: string, limit = 3): string[] {
  const cap = Math.max(3, Math.floor(wanted.length / 3));
  const scored: { id: string; distance: number }[] = [];
  for (const id of ids) {
    if (Math.abs(id.length - wanted.length) > cap) continue;
    const distance = editDistance(id, wanted, cap);
    if (distance <= cap) scored.push({ id, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((hit) => hit.id);
}
