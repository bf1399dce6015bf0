import type { FactStore } from "./store/fact-store.ts";
import type { StoreBindings } from "./store/resolve-store.ts";

/** The Worker's bindings, as configured in wrangler.jsonc. */
export interface Bindings extends StoreBindings {
  readonly ASSETS: Fetcher;
  /** New claim checks per client: see LIMITS.rates.checks. */
  readonly CHECK_LIMITER: RateLimit;
  /** New searches and 404 suggestions per client: see LIMITS.rates.lookups. */
  readonly LOOKUP_LIMITER: RateLimit;
  /** The deployment answering: a new checker is a new id, so it never serves the old one's cached answers. */
  readonly CF_VERSION_METADATA?: WorkerVersionMetadata;
}

export interface Variables {
  readonly requestId: string;
  /** The dataset version this request reads, fixed for the whole request. */
  readonly store: FactStore;
  /** The problem this request was answered with, for the request log. */
  readonly problem?: { readonly code: string; readonly rateLimit?: string };
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
