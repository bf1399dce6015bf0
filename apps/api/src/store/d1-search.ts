import { FactIndex } from "@factline/core/claims";
import type { Fact } from "@factline/core/schema";
import { type SearchHit, searchWords } from "@factline/core/search";

/** Query words per mask column: SQLite integers are 64-bit and signed. */
const BITS = 60;

/** The words metric terms are found by: one fact per metric and set of terms, from search_terms. */
export interface TermIndex {
  readonly index: FactIndex;
  /** Each indexed fact's ordinal, by id: what search_groups.term_ordinal names. */
  readonly ordinalOf: ReadonlyMap<string, number>;
}

export async function loadTermIndex(db: D1Database, version: string): Promise<TermIndex> {
  const { results } = await db
    .prepare(
      `SELECT o.ordinal, o.body FROM search_terms t JOIN observations o ON o.version = t.version AND o.ordinal = t.ordinal
         WHERE t.version = ?1 ORDER BY t.ordinal`,
    )
    .bind(version)
    .all<{ ordinal: number; body: string }>();
  const ordinalOf = new Map<string, number>();
  const facts = results.map(({ ordinal, body }) => {
    const fact = JSON.parse(body) as Fact;
    ordinalOf.set(fact.id, ordinal);
    // One entry per set of terms: two sets of one metric and entity would otherwise share the first's terms.
    return { ...fact, entity: { ...fact.entity, code: `#${ordinal}` } };
  });
  return { index: new FactIndex(facts, []), ordinalOf };
}

/** The haystack of search_groups in `lang` (core's searchHaystack without the period suffix). */
function groupText(lang: "en" | "zh" | undefined): string {
  if (lang === "en") return "prefix || ' ' || label_en";
  if (lang === "zh") return "prefix || ' ' || label_zh";
  return "prefix || ' ' || label_en || ' ' || label_zh";
}

/** One column per BITS words: bit k of column k / BITS is set when word k is found. Integers only in the SQL. */
function maskColumns(chunks: number, word: string): string {
  return Array.from(
    { length: chunks },
    (_, c) => `sum(CASE WHEN ${word} / ${BITS} = ${c} THEN 1 << (${word} % ${BITS}) ELSE 0 END) AS m${c}`,
  ).join(", ");
}

/** 3 for each word found in a fact's group, its suffix or across the two, counted as often as the query repeats it. */
function wordScore(weights: readonly number[]): string {
  if (weights.length === 0) return "0";
  return weights
    .map((weight, k) => {
      const c = Math.floor(k / BITS);
      const mask = `(coalesce(g.m${c}, 0) | coalesce(s.m${c}, 0) | coalesce(x.m${c}, 0))`;
      return `${3 * weight} * ((${mask} >> ${k % BITS}) & 1)`;
    })
    .join(" + ");
}

function searchSql(weights: readonly number[], lang: "en" | "zh" | undefined): string {
  const chunks = Math.max(1, Math.ceil(weights.length / BITS));
  return `WITH
    words(k, w) AS (SELECT key, value FROM json_each(?2)),
    g AS MATERIALIZED (
      SELECT gid, ${maskColumns(chunks, "k")} FROM search_groups, words
      WHERE version = ?1 AND instr(${groupText(lang)}, w) > 0 GROUP BY gid),
    s AS MATERIALIZED (
      SELECT sid, ${maskColumns(chunks, "k")} FROM search_suffixes, words
      WHERE version = ?1 AND instr(suffix, w) > 0 GROUP BY sid),
    x AS MATERIALIZED (
      SELECT gid, sid, ${maskColumns(chunks, "k")} FROM (
        SELECT DISTINCT sg.gid, ss.sid, split.value->>0 AS k FROM json_each(?4) split
        JOIN search_groups sg ON sg.version = ?1 AND substr(sg.prefix, -length(split.value->>1)) = split.value->>1
        JOIN search_suffixes ss ON ss.version = ?1 AND substr(ss.suffix, 1, length(split.value->>2)) = split.value->>2
      ) GROUP BY gid, sid),
    terms AS MATERIALIZED (
      SELECT sg.gid, t.value->>1 AS score FROM json_each(?3) t
      JOIN search_groups sg ON sg.version = ?1 AND sg.term_ordinal = t.value->>0),
    candidates(ordinal) AS (
      SELECT ordinal FROM observations WHERE version = ?1 AND search_group IN (SELECT gid FROM g UNION SELECT gid FROM terms)
      UNION SELECT ordinal FROM observations WHERE version = ?1 AND search_suffix IN (SELECT sid FROM s)
      UNION SELECT o.ordinal FROM x JOIN observations o ON o.version = ?1 AND o.search_group = x.gid AND o.search_suffix = x.sid),
    scored AS (
      SELECT o.id, o.period_key, o.body,
        coalesce(terms.score, 0) + ${wordScore(weights)}
          + CASE WHEN substr(o.period_key, 1, 4) IN (SELECT value FROM json_each(?5)) THEN 2 ELSE 0 END AS score
      FROM candidates JOIN observations o ON o.version = ?1 AND o.ordinal = candidates.ordinal
      LEFT JOIN g ON g.gid = o.search_group
      LEFT JOIN s ON s.sid = o.search_suffix
      LEFT JOIN x ON x.gid = o.search_group AND x.sid = o.search_suffix
      LEFT JOIN terms ON terms.gid = o.search_group)
  SELECT body, score FROM scored WHERE score > 2 ORDER BY score DESC, period_key DESC, id LIMIT ?6`;
}

/** Where a word may run from an id's prefix (ending in '-') into its period: split after each inner dash. */
function splits(words: readonly string[]): [number, string, string][] {
  return words.flatMap((word, k) =>
    [...word].flatMap((char, at) =>
      char === "-" && at < word.length - 1
        ? [[k, word.slice(0, at + 1), word.slice(at + 1)] as [number, string, string]]
        : [],
    ),
  );
}

/**
 * core's searchFacts, answered by one D1 query: the same scores (metric terms 10 per word group, 3 per
 * query word in the id or label, 2 for a year named) and the same order, over the tables publish writes.
 */
export async function searchD1(
  db: D1Database,
  version: string,
  terms: TermIndex,
  query: string,
  limit: number,
  lang?: "en" | "zh",
): Promise<SearchHit[]> {
  const { text, words, years } = searchWords(query);
  if (!text) return [];
  const groups = new Map<number, Set<string>>();
  for (const hit of terms.index.findTerms(text)) {
    if (hit.kind !== "metric" || (lang !== undefined && hit.lang !== lang)) continue;
    const ordinal = terms.ordinalOf.get(terms.index.metrics[hit.metric]?.facts[0]?.id ?? "");
    if (ordinal === undefined) continue;
    groups.set(ordinal, (groups.get(ordinal) ?? new Set()).add(`${hit.lang}${hit.group}`));
  }
  const weights = new Map<string, number>();
  for (const word of words) if (word.length >= 2) weights.set(word, (weights.get(word) ?? 0) + 1);
  const distinct = [...weights.keys()];
  const { results } = await db
    .prepare(searchSql([...weights.values()], lang))
    .bind(
      version,
      JSON.stringify(distinct),
      JSON.stringify([...groups].map(([ordinal, hit]) => [ordinal, 10 * hit.size])),
      JSON.stringify(splits(distinct)),
      JSON.stringify([...new Set(years)]),
      limit,
    )
    .all<{ body: string; score: number }>();
  return results.map(({ body, score }) => ({ fact: JSON.parse(body) as Fact, score }));
}
