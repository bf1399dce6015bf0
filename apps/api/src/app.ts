import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { AnswerMemory } from "./answer-memory.ts";
import { CACHE_STATUS_HEADER } from "./cache.ts";
import type { AppEnv } from "./env.ts";
import { LIMITS } from "./limits.ts";
import { issuesFrom, notFoundProblem, ProblemError, problemResponse } from "./problem.ts";
import { registerCheck } from "./routes/check.ts";
import { HTML_CSP, registerDocs } from "./routes/docs.ts";
import { registerFacts } from "./routes/facts.ts";
import { registerHealth } from "./routes/health.ts";
import { registerSearch } from "./routes/search.ts";
import { registerSeries } from "./routes/series.ts";
import { registerStaticAssets } from "./routes/static-assets.ts";
import { createEmbeddedStore } from "./store/embedded-store.ts";
import type { FactStore } from "./store/fact-store.ts";
import { createStoreResolver } from "./store/resolve-store.ts";

export interface AppOptions {
  readonly store?: FactStore;
}

/** Methods each API path answers, for 405s that say what would work. */
const ROUTE_METHODS: readonly (readonly [RegExp, string])[] = [
  [/^\/v1\/facts$/, "GET, HEAD"],
  [/^\/v1\/facts\/[^/]+$/, "GET, HEAD"],
  [/^\/v1\/search$/, "GET, HEAD"],
  [/^\/v1\/series\/[^/]+$/, "GET, HEAD"],
  [/^\/v1\/check$/, "GET, HEAD, POST"],
  [/^\/(openapi\.json|healthz|docs)$/, "GET, HEAD"],
];

function handleError(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error.init);
  if (error instanceof HTTPException && error.status < 500) {
    const badJson = /json/i.test(error.message);
    return problemResponse(c, {
      status: error.status,
      code: badJson ? "invalid-json" : "invalid-request",
      title: badJson ? "Malformed JSON" : "Invalid request",
      detail: badJson ? "The request body is not valid JSON." : error.message,
      hint: badJson
        ? 'Send a JSON object such as {"claim": "…"}; check quotes and commas.'
        : "See /docs for the route's parameters.",
    });
  }
  console.error("factline-api: unhandled error", error);
  return problemResponse(c, {
    status: 500,
    code: "internal-error",
    title: "Internal error",
    detail: "The server failed while answering; this is a bug in factline, not in the request.",
    hint: "Retry later, and report the requestId if it persists.",
  });
}

/** The whole API: production's entry point and the tests' build the app through here. */
export function newApp(options: AppOptions = {}): OpenAPIHono<AppEnv> {
  let embedded = options.store;
  const resolveStore = createStoreResolver(() => {
    embedded ??= createEmbeddedStore();
    return embedded;
  });
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = issuesFrom(result.error);
      return problemResponse(c as Context<AppEnv>, {
        status: 400,
        code: "invalid-request",
        title: "Invalid request",
        detail: `The request's ${result.target} is invalid: ${errors.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}.`,
        hint: "Fix the fields listed in errors; /docs lists every parameter and limit.",
        errors,
      });
    },
  });

  app.use("*", requestId());
  app.use(
    "*",
    secureHeaders({
      // The widget and the API are meant to be used from other origins.
      crossOriginResourcePolicy: "cross-origin",
      crossOriginEmbedderPolicy: false,
      crossOriginOpenerPolicy: "same-origin",
      referrerPolicy: "strict-origin-when-cross-origin",
      xFrameOptions: "DENY",
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
    }),
  );
  app.use(
    "*",
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      allowHeaders: ["Content-Type", "If-None-Match"],
      exposeHeaders: ["ETag", CACHE_STATUS_HEADER, "X-Request-Id", "Retry-After"],
      maxAge: 86400,
    }),
  );
  app.post("/v1/check", async (c, next) => {
    const type = c.req.header("Content-Type") ?? "";
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      throw new ProblemError({
        status: 415,
        code: "unsupported-media-type",
        title: "Body is not JSON",
        detail: `POST /v1/check takes a JSON body, but Content-Type is "${type || "missing"}".`,
        hint: 'Send Content-Type: application/json with a body such as {"claim": "…"}.',
      });
    }
    await next();
  });
  app.post(
    "/v1/check",
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: () => {
        throw new ProblemError({
          status: 413,
          code: "body-too-large",
          title: "Body too large",
          detail: `The request body is over ${LIMITS.bodyBytes / 1024} KiB.`,
          hint: `Send at most ${LIMITS.claimsPerBatch} claims or ${LIMITS.textLength} characters of text per request.`,
        });
      },
    }),
  );

  for (const path of ["/v1/*", "/healthz", "/openapi.json", "/docs"]) {
    app.use(path, async (c, next) => {
      // Node callers (the OpenAPI test, the in-process bench) pass no bindings.
      c.set("store", options.store ?? (await resolveStore(c.env ?? {})));
      await next();
    });
  }
  registerHealth(app);
  registerFacts(app);
  // Per app, so a fresh app (like a fresh isolate) proves the edge cache on its own.
  const memory = new AnswerMemory(2000);
  registerSearch(app, memory);
  registerCheck(app, memory);
  registerSeries(app);

  // One document per dataset version: its info.version is the version served.
  let openApi: { version: string; doc: ReturnType<typeof app.getOpenAPI31Document> } | undefined;
  const document = (version: string) => {
    if (openApi?.version !== version) {
      const info = {
        title: "factline API",
        version,
        description: "Verified statistics with full provenance, and a claim checker for English and Chinese.",
      };
      openApi = { version, doc: app.getOpenAPI31Document({ openapi: "3.1.0", info }) };
    }
    return openApi.doc;
  };
  app.get("/openapi.json", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.json(document(c.var.store.version));
  });
  registerDocs(app, document as (version: string) => { paths?: Record<string, Record<string, never>> });

  app.all("/v1/*", (c) => {
    const path = new URL(c.req.url).pathname;
    throw notFoundOrWrongMethod(path, c.req.method);
  });
  for (const path of ["/healthz", "/openapi.json", "/docs"]) {
    app.all(path, (c) => {
      throw notFoundOrWrongMethod(path, c.req.method);
    });
  }
  registerStaticAssets(app, HTML_CSP);

  app.onError(handleError);
  app.notFound((c) => handleError(notFoundOrWrongMethod(new URL(c.req.url).pathname, c.req.method), c));
  return app;
}

function notFoundOrWrongMethod(path: string, method: string): ProblemError {
  const allowed = ROUTE_METHODS.find(([pattern]) => pattern.test(path))?.[1];
  if (allowed) {
    return new ProblemError({
      status: 405,
      code: "method-not-allowed",
      title: "Method not allowed",
      detail: `${method} is not allowed on ${path}.`,
      hint: `Use ${allowed}.`,
      headers: { Allow: allowed },
    });
  }
  return notFoundProblem(path);
}
