import {
  type CheckOptions,
  type ClaimChecker,
  checkArticleWith,
  createClaimChecker,
  FactIndex,
  factsNeededFor,
} from "@factline/core/claims";
import type { EntityRecord, Fact, Metric } from "@factline/core/schema";
import { closestIds, searchFacts } from "@factline/core/search";
import { type MetricSummary, summarizeMetrics } from "@factline/core/series";
import { loadTermIndex, searchD1 } from "./d1-search.ts";
import type { FactFilter, FactStore, SeriesKey } from "./fact-store.ts";

/** Facts kept parsed per isolate and version: a repeated lookup costs no D1 round trip. */
const FACT_CACHE_SIZE = 10_000;
/** Rows per query when reading a whole version: one huge result would hold it all twice in memory. */
const PAGE = 5_000;

export interface D1Version {
  readonly version: string;
  readonly facts: number;
  /** 1 when publish wrote the search tables (migrations/0002_search.sql) for this version. */
  readonly search?: number;
}

const FILTER_COLUMNS = {
  status: "status",
  unit: "unit",
  metric: "metric",
  entity: "entity",
  source: "source",
} as const satisfies Record<keyof FactFilter, string>;

function parseBodies(rows: readonly { body: string }[]): Fact[] {
  return rows.map((row) => JSON.parse(row.body) as Fact);
}

/** One version in D1, with the facts this isolate has already parsed from it. */
interface StoredVersion {
  readonly db: D1Database;
  readonly version: string;
  readonly size: number;
  readonly cache: Map<string, Fact>;
}

function remember({ cache }: StoredVersion, fact: Fact): Fact {
  const known = cache.get(fact.id);
  if (known) return known;
  if (cache.size >= FACT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(fact.id, fact);
  return fact;
}

/** Rows of a query whose ?1 is the version; `params` bind ?2 onwards. */
async function all<T>({ db, version }: StoredVersion, sql: string, ...params: unknown[]): Promise<T[]> {
  return (
    await db
      .prepare(sql)
      .bind(version, ...params)
      .all<T>()
  ).results;
}

async function loadChecker(stored: StoredVersion): Promise<ClaimChecker> {
  const row = await stored.db
    .prepare("SELECT entities FROM versions WHERE version = ?1")
    .bind(stored.version)
    .first<{ entities: string }>();
  const entities = JSON.parse(row?.entities ?? "[]") as EntityRecord[];
  const facts: Fact[] = [];
  for (let from = 0; from < stored.size; from += PAGE) {
    const rows = await all<{ body: string }>(
      stored,
      "SELECT body FROM observations WHERE version = ?1 AND ordinal >= ?2 AND ordinal < ?3 ORDER BY ordinal",
      from,
      from + PAGE,
    );
    facts.push(...parseBodies(rows));
  }
  return createClaimChecker({ facts, entities });
}

/** What this isolate keeps of a version to route a check: one fact per metric and set of terms, and who has facts. */
interface Router {
  readonly index: FactIndex;
  readonly entities: EntityRecord[];
  readonly entitiesWithFacts: readonly string[];
}

async function loadRouter(stored: StoredVersion): Promise<Router> {
  const [row, exemplars, withFacts] = await Promise.all([
    stored.db
      .prepare("SELECT entities FROM versions WHERE version = ?1")
      .bind(stored.version)
      .first<{ entities: string }>(),
    all<{ body: string }>(
      stored,
      `SELECT body FROM observations WHERE version = ?1 AND ordinal IN (
         SELECT MIN(ordinal) FROM observations WHERE version = ?1 GROUP BY metric, json_extract(body, '$.terms')
       ) ORDER BY ordinal`,
    ),
    all<{ entity: string }>(stored, "SELECT DISTINCT entity FROM observations WHERE version = ?1"),
  ]);
  const entities = JSON.parse(row?.entities ?? "[]") as EntityRecord[];
  return {
    index: new FactIndex(parseBodies(exemplars), entities),
    entities,
    entitiesWithFacts: withFacts.map((found) => found.entity),
  };
}

/** The (metric, entity) pairs checking `text` may read: its metrics for each entity it names. */
function neededPairs(router: Router, text: string): string[][] {
  const needed = factsNeededFor(router.index, text);
  return needed.metrics.flatMap((metric) => needed.entities.map((entity) => [metric, entity]));
}

/**
 * A checker over only the facts some texts may need (core's factsNeededFor): the words route the check, D1
 * returns those metrics' observations for the entities named, in one query for all the texts, and core
 * checks against them exactly as against the whole version. Pinned facts (the widget's data-fact) come along.
 */
async function checkerFor(
  stored: StoredVersion,
  router: Router,
  texts: readonly string[],
  pinned: readonly string[] = [],
): Promise<ClaimChecker> {
  const pairs = new Map<string, string[]>();
  for (const text of texts) for (const pair of neededPairs(router, text)) pairs.set(pair.join("\u0000"), pair);
  // Sorted here, not by ORDER BY: ordering by ordinal would tempt SQLite to walk the version's whole ordinal index.
  const rows = await all<{ ordinal: number; body: string }>(
    stored,
    `SELECT ordinal, body FROM observations WHERE version = ?1
       AND (metric, entity) IN (SELECT value->>0, value->>1 FROM json_each(?2))`,
    JSON.stringify([...pairs.values()]),
  );
  const facts = parseBodies(rows.sort((a, b) => a.ordinal - b.ordinal));
  const have = new Set(facts.map((fact) => fact.id));
  const wanted = [...new Set(pinned)].filter((id) => !have.has(id));
  const pinnedFacts = wanted.length > 0 ? (await getManyFacts(stored, wanted)).found : [];
  return createClaimChecker({
    facts: [...facts, ...pinnedFacts],
    entities: router.entities,
    entitiesWithFacts: router.entitiesWithFacts,
    publisherNames: router.index.publisherNames,
  });
}

/**
 * Loads until one load succeeds, then shares its value; a failed load is forgotten. Requests never await
 * each other's load: workerd refuses I/O resolved on behalf of another request, so a cold burst loads once
 * per request until the first finishes.
 */
function onceUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: { readonly value: T } | undefined;
  return async () => {
    if (loaded) return loaded.value;
    const value = await load();
    loaded ??= { value };
    return loaded.value;
  };
}

async function getFact(stored: StoredVersion, id: string): Promise<Fact | undefined> {
  const cached = stored.cache.get(id);
  if (cached) return cached;
  const row = await stored.db
    .prepare("SELECT body FROM observations WHERE version = ?1 AND id = ?2")
    .bind(stored.version, id)
    .first<{ body: string }>();
  return row ? remember(stored, JSON.parse(row.body) as Fact) : undefined;
}

async function getManyFacts(
  stored: StoredVersion,
  ids: readonly string[],
): Promise<{ found: Fact[]; missing: string[] }> {
  const wanted = ids.filter((id) => !stored.cache.has(id));
  if (wanted.length > 0) {
    const rows = await all<{ body: string }>(
      stored,
      "SELECT body FROM observations WHERE version = ?1 AND id IN (SELECT value FROM json_each(?2))",
      JSON.stringify(wanted),
    );
    for (const fact of parseBodies(rows)) remember(stored, fact);
  }
  const found: Fact[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const fact = stored.cache.get(id);
    if (fact) found.push(fact);
    else missing.push(id);
  }
  return { found, missing };
}

async function listFacts(stored: StoredVersion, filter: FactFilter): Promise<Fact[]> {
  const conditions: string[] = [];
  const params: string[] = [];
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filter[key as keyof FactFilter];
    if (value === undefined) continue;
    params.push(value);
    conditions.push(`${column} = ?${params.length + 1}`);
  }
  const where = ["version = ?1", ...conditions].join(" AND ");
  return parseBodies(await all(stored, `SELECT body FROM observations WHERE ${where} ORDER BY ordinal`, ...params));
}

async function relatedFacts(stored: StoredVersion, ids: readonly string[]): Promise<Fact[]> {
  const rows = await all<{ subject: string; body: string }>(
    stored,
    `SELECT r.subject, o.body FROM related_facts r JOIN observations o ON o.version = r.version AND o.id = r.fact_id
         WHERE r.version = ?1 AND r.subject IN (SELECT value FROM json_each(?2)) ORDER BY r.ordinal`,
    JSON.stringify(ids),
  );
  const seen = new Map<string, Fact>();
  for (const id of ids) {
    for (const row of rows) {
      if (row.subject !== id) continue;
      const fact = JSON.parse(row.body) as Fact;
      if (!seen.has(fact.id)) seen.set(fact.id, fact);
    }
  }
  return [...seen.values()];
}

async function metricSummaries(stored: StoredVersion, entity: string): Promise<MetricSummary[]> {
  const rows = await all<{ body: string }>(stored, "SELECT body FROM metrics WHERE version = ?1 ORDER BY rowid");
  const definitions = rows.map((row) => JSON.parse(row.body) as Metric);
  const newest = parseBodies(
    await all(
      stored,
      `SELECT o.body FROM observations o JOIN (
             SELECT metric, MAX(period_key) AS period_key FROM observations WHERE version = ?1 AND entity = ?2 GROUP BY metric
           ) latest ON latest.metric = o.metric AND latest.period_key = o.period_key
           WHERE o.version = ?1 AND o.entity = ?2 ORDER BY o.ordinal`,
      entity,
    ),
  );
  return summarizeMetrics(definitions, newest, entity);
}

async function seriesFacts(stored: StoredVersion, metric: string, entity: string): Promise<Fact[]> {
  return parseBodies(
    await all(
      stored,
      "SELECT body FROM observations WHERE version = ?1 AND metric = ?2 AND entity = ?3 ORDER BY period_key, ordinal",
      metric,
      entity,
    ),
  );
}

/** Several series in one query, each oldest period first, in the order asked. */
async function manySeries(stored: StoredVersion, keys: readonly SeriesKey[]): Promise<Fact[][]> {
  if (keys.length === 0) return [];
  const rows = await all<{ metric: string; entity: string; body: string }>(
    stored,
    `SELECT metric, entity, body FROM observations WHERE version = ?1
       AND (metric, entity) IN (SELECT value->>0, value->>1 FROM json_each(?2)) ORDER BY period_key, ordinal`,
    JSON.stringify(keys.map(({ metric, entity }) => [metric, entity])),
  );
  const byKey = new Map<string, Fact[]>();
  for (const row of rows) {
    const key = `${row.metric}\u0000${row.entity}`;
    byKey.set(key, [...(byKey.get(key) ?? []), JSON.parse(row.body) as Fact]);
  }
  return keys.map(({ metric, entity }) => byKey.get(`${metric}\u0000${entity}`) ?? []);
}

async function closestFactIds(stored: StoredVersion, id: string): Promise<string[]> {
  // Only ids whose length is within the edit-distance cap can be close.
  const cap = Math.max(3, Math.floor(id.length / 3));
  const rows = await all<{ id: string }>(
    stored,
    "SELECT id FROM observations WHERE version = ?1 AND length(id) BETWEEN ?2 AND ?3",
    id.length - cap,
    id.length + cap,
  );
  return closestIds(
    rows.map((row) => row.id),
    id,
  );
}

/**
 * One dataset version in D1. Lookups, batches, lists and series read only the rows they answer with;
 * claim checks route through a per-isolate index of one fact per metric and read only the observations
 * the claim's words can name; search is one query over the search tables publish writes (a version
 * published before them is searched with core's index of every fact, built once per isolate).
 */
export function createD1Store(db: D1Database, { version, facts: size, search: searchable }: D1Version): FactStore {
  const stored: StoredVersion = { db, version, size, cache: new Map() };
  const checker = onceUntilFailure(() => loadChecker(stored));
  const router = onceUntilFailure(() => loadRouter(stored));
  const terms = onceUntilFailure(() => loadTermIndex(db, version));
  const check = async (texts: readonly string[], pinned: readonly (string | undefined)[] = []) =>
    checkerFor(
      stored,
      await router(),
      texts,
      pinned.filter((id): id is string => id !== undefined),
    );
  return {
    kind: "d1",
    version,
    size,
    get: (id) => getFact(stored, id),
    getMany: (ids) => getManyFacts(stored, ids),
    list: (filter) => listFacts(stored, filter),
    related: (ids) => relatedFacts(stored, ids),
    metrics: (entity) => metricSummaries(stored, entity),
    series: (metric, entity) => seriesFacts(stored, metric, entity),
    seriesMany: (keys) => manySeries(stored, keys),
    search: async (query, limit, lang) =>
      searchable
        ? searchD1(db, version, await terms(), query, limit, lang)
        : searchFacts((await checker()).index, query, limit, lang),
    closestIds: (id) => closestFactIds(stored, id),
    checkClaim: async (claim, options: CheckOptions = {}) =>
      (await check([claim], [options.fact])).checkClaim(claim, options),
    checkClaims: async (claims) => {
      const checker = await check(
        claims.map(({ claim }) => claim),
        claims.map(({ options }) => options?.fact),
      );
      return claims.map(({ claim, options }) => checker.checkClaim(claim, options));
    },
    checkArticle: async (text, options) => checkArticleWith(await check([text]), text, options),
  };
}
