import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import { AnswerMemory } from "./answer-memory.ts";
import type { AppEnv } from "./env.ts";
import { answerErrorsAsProblems, invalidRequestHook, refuseUnknownApiPaths } from "./error-handling.ts";
import { type RequestLogOptions, requestLog } from "./request-log.ts";
import { registerCheck, registerCheckGuards } from "./routes/check.ts";
import { HTML_CSP, registerDocs } from "./routes/docs.ts";
import { registerFacts } from "./routes/facts.ts";
import { registerHealth } from "./routes/health.ts";
import { registerMetrics } from "./routes/metrics.ts";
import { openApiDocuments, registerOpenApi } from "./routes/openapi.ts";
import { registerSearch } from "./routes/search.ts";
import { registerSeries } from "./routes/series.ts";
import { registerStaticAssets } from "./routes/static-assets.ts";
import { useCors, useSecurityHeaders } from "./security-headers.ts";
import type { FactStore } from "./store/fact-store.ts";
import { provideStore } from "./store/provide-store.ts";

// The tests assert the headers against these values, imported from the app.
export { JSON_CSP, PERMISSIONS_POLICY } from "./security-headers.ts";

export interface AppOptions {
  readonly store?: FactStore;
  /** Per app, so a fresh app (like a fresh isolate) proves the edge cache on its own. */
  readonly memory?: AnswerMemory;
  readonly log?: RequestLogOptions;
}

/** The whole API: production's entry point and the tests' build the app through here. */
export function newApp(options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: invalidRequestHook });
  // Ours, always fresh: a client's X-Request-Id would let it choose what logs and problems call its request.
  app.use("*", requestId({ headerName: "" }));
  app.use("*", async (c, next) => {
    c.header("X-Request-Id", c.var.requestId);
    await next();
  });
  app.use("*", requestLog(options.log));
  useSecurityHeaders(app);
  useCors(app);
  // Before the store middleware: a refused body costs no dataset lookup.
  registerCheckGuards(app);
  provideStore(app, options.store);

  registerHealth(app);
  registerFacts(app);
  const memory = options.memory ?? new AnswerMemory();
  registerSearch(app, memory);
  registerCheck(app, memory);
  registerMetrics(app);
  registerSeries(app);
  const document = openApiDocuments(app);
  registerOpenApi(app, document);
  registerDocs(app, document as (version: string) => { paths?: Record<string, Record<string, never>> });

  refuseUnknownApiPaths(app);
  registerStaticAssets(app, HTML_CSP);
  answerErrorsAsProblems(app);
  return app;
}
