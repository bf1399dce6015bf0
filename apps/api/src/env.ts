/** The Worker's bindings, as configured in wrangler.jsonc. */
export interface Bindings {
  readonly ASSETS: Fetcher;
  /** New claim checks per client: see LIMITS.rates.checks. */
  readonly CHECK_LIMITER: RateLimit;
  /** New searches and 404 suggestions per client: see LIMITS.rates.lookups. */
  readonly LOOKUP_LIMITER: RateLimit;
}

export interface Variables {
  readonly requestId: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
