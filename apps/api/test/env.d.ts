declare namespace Cloudflare {
  interface Exports {
    default: Fetcher;
  }
  interface Env {
    /** Bound in the D1 test project only. */
    readonly FACTS_DB?: D1Database;
    /** A second database the publishing tests switch back and forth, apart from the contract tests' one. */
    readonly PUBLISH_DB: D1Database;
    readonly TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** wrangler.jsonc binds it; each test run is a deployment of its own. */
    readonly CF_VERSION_METADATA: WorkerVersionMetadata;
  }
}

/** Vite's `?raw` imports: a file's text. */
declare module "*?raw" {
  const text: string;
  export default text;
}
