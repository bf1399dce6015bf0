/** The Worker's bindings, as configured in wrangler.jsonc. */
export interface Bindings {
  readonly ASSETS: Fetcher;
  readonly CHECK_LIMITER: RateLimit;
}

export interface Variables {
  readonly requestId: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}
