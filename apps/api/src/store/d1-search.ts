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

/**
 * One statement. Groups are scored first (terms, and the words found in the group's text: a floor for
 * each of its facts); the best groups holding `limit` facts set a threshold, and only groups that could
 * reach it with everything a period suffix could add are read fact by fact, from a covering index. The
 * bodies of the answers alone are read.
 */
function searchSql(weights: readonly number[], lang: "en" | "zh" | undefined): string {
  const chunks = Math.max(1, Math.ceil(weights.length / BITS));
  return `WITH
    words(k, w, weight) AS (SELECT key, value->>0, value->>1 FROM json_each(?2)),
    g AS MATERIALIZED (
      SELECT gid, max(facts) AS n, sum(weight) AS weight, ${maskColumns(chunks, "k")} FROM words CROSS JOIN search_groups
      WHERE version = ?1 AND instr(${groupText(lang)}, w) > 0 GROUP BY gid),
    sk AS MATERIALIZED (
      SELECT sid, k FROM words CROSS JOIN search_suffixes WHERE version = ?1 AND instr(suffix, w) > 0),
    s AS MATERIALIZED (SELECT sid, ${maskColumns(chunks, "k")} FROM sk GROUP BY sid),
    xk AS MATERIALIZED (
      SELECT DISTINCT sg.gid, ss.sid, split.value->>0 AS k FROM json_each(?4) split
      CROSS JOIN search_groups sg ON sg.version = ?1 AND substr(sg.prefix, -length(split.value->>1)) = split.value->>1
      CROSS JOIN search_suffixes ss ON ss.version = ?1 AND substr(ss.suffix, 1, length(split.value->>2)) = split.value->>2),
    x AS MATERIALIZED (SELECT gid, sid, ${maskColumns(chunks, "k")} FROM xk GROUP BY gid, sid),
    terms AS MATERIALIZED (
      SELECT sg.gid, sg.facts AS n, t.value->>1 AS score FROM json_each(?3) t
      CROSS JOIN search_groups sg ON sg.version = ?1 AND sg.term_ordinal = t.value->>0),
    base AS MATERIALIZED (
      SELECT gid, max(n) AS n, sum(score) AS b FROM (
        SELECT gid, n, 3 * weight AS score FROM g UNION ALL SELECT gid, n, score FROM terms
      ) GROUP BY gid),
    extra(e) AS (
      SELECT 3 * coalesce(sum(weight), 0) + CASE WHEN json_array_length(?5) > 0 THEN 2 ELSE 0 END
      FROM words WHERE k IN (SELECT k FROM sk UNION SELECT k FROM xk)),
    threshold(t) AS (
      SELECT coalesce((
        SELECT b FROM (SELECT b, sum(n) OVER (ORDER BY b DESC ROWS UNBOUNDED PRECEDING) AS running FROM base)
        WHERE running >= ?6 ORDER BY b DESC LIMIT 1), 0)),
    candidates AS (
      SELECT o.rowid AS rid, o.search_group, o.search_suffix, o.period_key, o.id FROM observations o
        WHERE o.version = ?1 AND o.search_group IN (
          SELECT gid FROM base WHERE b + (SELECT e FROM extra) >= (SELECT t FROM threshold))
      UNION
      SELECT o.rowid, o.search_group, o.search_suffix, o.period_key, o.id FROM observations o
        WHERE (SELECT e FROM extra) >= (SELECT t FROM threshold)
          AND o.version = ?1 AND o.search_suffix IN (SELECT sid FROM s)
      UNION
      SELECT o.rowid, o.search_group, o.search_suffix, o.period_key, o.id FROM x
        JOIN observations o ON o.version = ?1 AND o.search_group = x.gid AND o.search_suffix = x.sid
        WHERE (SELECT e FROM extra) >= (SELECT t FROM threshold)),
    top AS (
      SELECT c.rid, c.period_key, c.id,
        coalesce(terms.score, 0) + ${wordScore(weights)}
          + CASE WHEN substr(c.period_key, 1, 4) IN (SELECT value FROM json_each(?5)) THEN 2 ELSE 0 END AS total
      FROM candidates c
      LEFT JOIN g ON g.gid = c.search_group
      LEFT JOIN s ON s.sid = c.search_suffix
      LEFT JOIN x ON x.gid = c.search_group AND x.sid = c.search_suffix
      LEFT JOIN terms ON terms.gid = c.search_group
      WHERE total > 2 ORDER BY total DESC, c.period_key DESC, c.id LIMIT ?6)
  SELECT o.body, top.total AS score FROM top JOIN observations o ON o.rowid = top.rid
  ORDER BY top.total DESC, top.period_key DESC, top.id`;
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
      JSON.stringify([...weights]),
      JSON.stringify([...groups].map(([ordinal, hit]) => [ordinal, 10 * hit.size])),
      JSON.stringify(splits(distinct)),
      JSON.stringify([...new Set(years)]),
      limit,
    )
    .all<{ body: string; score: number }>();
  return results.map(({ body, score }) => ({ fact: JSON.parse(body) as Fact, score }));
}
