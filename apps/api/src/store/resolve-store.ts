import { ProblemError } from "../problem.ts";
import { createD1Store, type D1Version } from "./d1-store.ts";
import type { FactStore } from "./fact-store.ts";

export interface StoreBindings {
  readonly FACTS_DB?: D1Database;
  /** How long an isolate trusts the current version it read, in ms: a switch reaches every isolate within it. */
  readonly FACTS_VERSION_TTL_MS?: string;
}

const DEFAULT_VERSION_TTL_MS = 1000;

/** What an isolate knows of one database: the version it last read, and the stores it built over it. */
interface DatabaseState {
  checked?: { version: D1Version; at: number };
  // The current version and the one before it: an isolate mid-switch needs no more.
  readonly stores: Map<string, FactStore>;
}

/**
 * The store each request reads: the embedded dataset, or — when a FACTS_DB binding is configured —
 * the current version in D1. A request keeps the version it started with, so an answer never mixes two.
 */
export function createStoreResolver(embedded: () => FactStore): (env: StoreBindings) => Promise<FactStore> {
  // Per binding, never the first request's: a request is answered from the database its own env names.
  const databases = new WeakMap<D1Database, DatabaseState>();

  return async (env) => {
    const db = env.FACTS_DB;
    if (!db) return embedded();
    let state = databases.get(db);
    if (!state) {
      state = { stores: new Map() };
      databases.set(db, state);
    }
    const { stores } = state;
    const ttl = Number(env.FACTS_VERSION_TTL_MS ?? DEFAULT_VERSION_TTL_MS);
    if (!state.checked || Date.now() - state.checked.at >= ttl) {
      const row = await db
        .prepare(
          "SELECT v.version, v.facts, v.search FROM current_version c JOIN versions v ON v.version = c.version WHERE c.id = 1",
        )
        .first<D1Version>();
      if (!row) throw noDataset();
      state.checked = { version: row, at: Date.now() };
    }
    const { version } = state.checked;
    let store = stores.get(version.version);
    if (!store) {
      store = createD1Store(db, version);
      stores.set(version.version, store);
      if (stores.size > 2) stores.delete(stores.keys().next().value as string);
    }
    return store;
  };
}

function noDataset(): ProblemError {
  return new ProblemError({
    code: "no-dataset",
    detail: "The FACTS_DB database has no current dataset version, so there are no facts to serve.",
    hint: "Publish one: pnpm --filter @factline/api dataset:publish -- --local (or --remote).",
    headers: { "Retry-After": "60" },
  });
}
