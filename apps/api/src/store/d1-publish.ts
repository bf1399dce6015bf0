import { describedFactId, periodEnd } from "@factline/core";
import type { Dataset, Fact } from "@factline/core/schema";

/** D1 caps a statement, SQL and bound values together, at 100 KB: batches stay under it. */
const DEFAULT_BATCH_BYTES = 90_000;

export interface Versions {
  readonly version: string | null;
  readonly previous: string | null;
}

export interface PublishOptions {
  readonly batchBytes?: number;
  /** Aborting stops the load between batches; the current version keeps serving. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (loaded: number, total: number) => void;
}

export interface PublishResult {
  readonly version: string;
  readonly previous: string | null;
  readonly facts: number;
  /** True when the dataset was already the current version: nothing was written. */
  readonly unchanged: boolean;
}

export class PublishError extends Error {}

const TABLES = [
  "observations",
  "metrics",
  "metric_terms",
  "sources",
  "quotes",
  "related_facts",
  "search_groups",
  "search_suffixes",
  "search_terms",
  "versions",
] as const;

export async function readVersions(db: D1Database): Promise<Versions> {
  const row = await db
    .prepare("SELECT version, previous FROM current_version WHERE id = 1")
    .first<{ version: string | null; previous: string | null }>();
  if (!row) throw new PublishError("current_version is empty: apply the migrations in apps/api/migrations first.");
  return row;
}

interface Rows {
  readonly table: (typeof TABLES)[number];
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * The search tables (migrations/0002_search.sql): each fact's id split into its group's prefix and a period
 * suffix, the group carrying the labels and the terms its metric and entity are found by — the terms of
 * the entity's first fact of the metric, as core's FactIndex keeps them.
 */
function searchRows(facts: readonly Fact[]) {
  const termOrdinal = new Map<string, number>();
  const entryTerms = new Map<string, number>();
  const groups = new Map<string, (string | number)[]>();
  const suffixes = new Map<string, number>();
  const groupOf: number[] = [];
  const suffixOf: number[] = [];
  facts.forEach((fact, ordinal) => {
    const terms = `${fact.metric}\u0000${JSON.stringify(fact.terms)}`;
    if (!termOrdinal.has(terms)) termOrdinal.set(terms, ordinal);
    const entry = `${fact.entity.code}\u0000${fact.metric}`;
    if (!entryTerms.has(entry)) entryTerms.set(entry, termOrdinal.get(terms) ?? ordinal);
    const shape = `${fact.entity.code.toLowerCase()}-${fact.metric}-`;
    const prefix = fact.id.startsWith(shape) ? shape : fact.id;
    const suffix = fact.id.slice(prefix.length);
    const groupKey = JSON.stringify([entry, prefix, fact.label.en, fact.label.zh]);
    let group = groups.get(groupKey);
    if (!group) {
      group = [groups.size, prefix, fact.label.en.toLowerCase(), fact.label.zh, entryTerms.get(entry) ?? ordinal, 0];
      groups.set(groupKey, group);
    }
    group[5] = (group[5] as number) + 1;
    if (!suffixes.has(suffix)) suffixes.set(suffix, suffixes.size);
    groupOf.push(group[0] as number);
    suffixOf.push(suffixes.get(suffix) ?? 0);
  });
  return {
    groups: [...groups.values()],
    suffixes: [...suffixes].map(([suffix, sid]) => [sid, suffix]),
    terms: [...termOrdinal.values()],
    groupOf,
    suffixOf,
  };
}

/** Each fact's row in observations, its quotes and relations, and the first fact of each metric and source. */
function factRows(facts: readonly Fact[], search: ReturnType<typeof searchRows>) {
  const metrics = new Map<string, Fact>();
  const sources = new Map<string, Fact["source"]>();
  const observations: (string | number)[][] = [];
  const quotes: string[][] = [];
  const related: (string | number)[][] = [];
  facts.forEach((fact, ordinal) => {
    if (!metrics.has(fact.metric)) metrics.set(fact.metric, fact);
    if (!sources.has(fact.source.id)) sources.set(fact.source.id, fact.source);
    observations.push([
      fact.id,
      ordinal,
      fact.metric,
      fact.entity.code,
      periodEnd(fact),
      fact.source.id,
      fact.status,
      fact.unit,
      JSON.stringify(fact),
      search.groupOf[ordinal] ?? 0,
      search.suffixOf[ordinal] ?? 0,
    ]);
    for (const citation of fact.citedBy) quotes.push([fact.id, citation.article.id, JSON.stringify(citation)]);
    for (const relation of fact.relations) {
      const subject = describedFactId(relation);
      if (subject) related.push([subject, fact.id, ordinal]);
    }
  });
  return { metrics, sources, observations, quotes, related };
}

/** The words each metric is found by, in both languages, from its first fact. */
function metricTermRows(metrics: ReadonlyMap<string, Fact>): string[][] {
  const terms: string[][] = [];
  for (const [id, fact] of metrics) {
    for (const lang of ["en", "zh"] as const)
      for (const term of new Set(fact.terms[lang].flat())) terms.push([term.toLowerCase(), id, lang]);
  }
  return terms;
}

/** Rows of every table for one dataset; each row is a JSON array matching `columns`. */
function rowsOf(dataset: Dataset): Rows[] {
  const search = searchRows(dataset.facts);
  const { metrics, sources, observations, quotes, related } = factRows(dataset.facts, search);
  const terms = metricTermRows(metrics);
  return [
    {
      table: "observations",
      columns: [
        "id",
        "ordinal",
        "metric",
        "entity",
        "period_key",
        "source",
        "status",
        "unit",
        "body",
        "search_group",
        "search_suffix",
      ],
      rows: observations,
    },
    {
      table: "metrics",
      columns: ["id", "body"],
      // Every metric as defined, in the dataset's order (the rowid keeps it).
      rows: dataset.metrics.map((metric) => [metric.id, JSON.stringify(metric)]),
    },
    { table: "metric_terms", columns: ["term", "metric", "lang"], rows: terms },
    {
      table: "sources",
      columns: ["id", "body"],
      rows: [...sources].map(([id, source]) => [id, JSON.stringify(source)]),
    },
    { table: "quotes", columns: ["fact_id", "article_id", "body"], rows: quotes },
    { table: "related_facts", columns: ["subject", "fact_id", "ordinal"], rows: related },
    {
      table: "search_groups",
      columns: ["gid", "prefix", "label_en", "label_zh", "term_ordinal", "facts"],
      rows: search.groups,
    },
    { table: "search_suffixes", columns: ["sid", "suffix"], rows: search.suffixes },
    { table: "search_terms", columns: ["ordinal"], rows: search.terms.map((ordinal) => [ordinal]) },
  ];
}

/** One INSERT per batch: the rows travel as one JSON array, unpacked by json_each. */
function insertStatement(db: D1Database, version: string, table: string, columns: readonly string[], json: string) {
  const values = columns.map((_, index) => `value->>'$[${index}]'`).join(", ");
  return db
    .prepare(`INSERT INTO ${table} (version, ${columns.join(", ")}) SELECT ?1, ${values} FROM json_each(?2)`)
    .bind(version, json);
}

/** Deletes every version that neither serves nor is the rollback target, an interrupted load included. */
async function removeUnusedVersions(db: D1Database): Promise<void> {
  const unused =
    "version NOT IN (SELECT version FROM current_version WHERE version IS NOT NULL UNION SELECT previous FROM current_version WHERE previous IS NOT NULL)";
  await db.batch(TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE ${unused}`)));
}

/** Rows as JSON, grouped so each batch's array stays within `batchBytes`; a larger row travels alone. */
function* batchesOf(rows: Rows["rows"], batchBytes: number): Generator<string[]> {
  let batch: string[] = [];
  let bytes = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (bytes + json.length > batchBytes && batch.length > 0) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(json);
    bytes += json.length + 1;
  }
  if (batch.length > 0) yield batch;
}

/** Writes the dataset as a 'loading' version, then marks it ready only if every observation arrived. */
async function loadVersion(
  db: D1Database,
  dataset: Dataset,
  { batchBytes = DEFAULT_BATCH_BYTES, signal, onProgress }: PublishOptions,
): Promise<void> {
  await removeUnusedVersions(db);
  await db
    .prepare("INSERT INTO versions (version, state, facts, entities, search) VALUES (?1, 'loading', ?2, ?3, 1)")
    .bind(dataset.version, dataset.facts.length, JSON.stringify(dataset.entities))
    .run();
  let loaded = 0;
  for (const { table, columns, rows } of rowsOf(dataset)) {
    for (const batch of batchesOf(rows, batchBytes)) {
      signal?.throwIfAborted();
      await insertStatement(db, dataset.version, table, columns, `[${batch.join(",")}]`).run();
      if (table === "observations") {
        loaded += batch.length;
        onProgress?.(loaded, dataset.facts.length);
      }
    }
  }
  signal?.throwIfAborted();
  await markReady(db, dataset.version);
}

/** A version with fewer observations than it declares never becomes ready, so never current. */
async function markReady(db: D1Database, version: string): Promise<void> {
  const ready = await db
    .prepare(
      "UPDATE versions SET state = 'ready' WHERE version = ?1 AND state = 'loading' AND facts = (SELECT count(*) FROM observations WHERE version = ?1)",
    )
    .bind(version)
    .run();
  if (ready.meta.changes !== 1) {
    throw new PublishError(`version ${version} did not load completely; the current version still serves.`);
  }
}

/** Makes `version` current, but only if it is ready and `from` is still current: no concurrent switch is lost. */
async function switchVersion(db: D1Database, version: string, from: string | null): Promise<void> {
  const switched = await db
    .prepare(
      `UPDATE current_version SET previous = version, version = ?1, switched_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
       WHERE id = 1 AND version IS ?2 AND EXISTS (SELECT 1 FROM versions WHERE version = ?1 AND state = 'ready')`,
    )
    .bind(version, from)
    .run();
  if (switched.meta.changes !== 1) {
    throw new PublishError("another publish or rollback switched the version meanwhile; run the publish again.");
  }
}

/**
 * Loads a validated dataset beside the current version in batches, then makes it current in one
 * statement. Until that statement, readers keep the current version; a failed load leaves rows that
 * the next publish removes.
 */
export async function publishDataset(
  db: D1Database,
  dataset: Dataset,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const before = await readVersions(db);
  const result = { version: dataset.version, previous: before.version, facts: dataset.facts.length };
  if (before.version === dataset.version) return { ...result, previous: before.previous, unchanged: true };
  // The rollback target already holds this exact content: switching back is enough.
  if (before.previous !== dataset.version) await loadVersion(db, dataset, options);
  await switchVersion(db, dataset.version, before.version);
  return { ...result, unchanged: false };
}

/** Swaps the current version with the previous one; run it again to undo. */
export async function rollbackDataset(db: D1Database): Promise<Versions> {
  const switched = await db
    .prepare(
      `UPDATE current_version SET version = previous, previous = version, switched_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
       WHERE id = 1 AND EXISTS (SELECT 1 FROM versions v WHERE v.version = current_version.previous AND v.state = 'ready')`,
    )
    .run();
  if (switched.meta.changes !== 1) throw new PublishError("there is no previous version to roll back to.");
  return readVersions(db);
}
