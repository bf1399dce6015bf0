import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { allowedMethods } from "./allowed-methods.ts";
import { AnswerMemory } from "./answer-memory.ts";
import { CACHE_STATUS_HEADER } from "./cache.ts";
import type { AppEnv } from "./env.ts";
import { LIMITS } from "./limits.ts";
import { issuesFrom, notFoundProblem, ProblemError, problemResponse } from "./problem.ts";
import { registerCheck } from "./routes/check.ts";
import { HTML_CSP, registerDocs } from "./routes/docs.ts";
import { registerFacts } from "./routes/facts.ts";
import { registerHealth } from "./routes/health.ts";
import { registerMetrics } from "./routes/metrics.ts";
import { registerSearch } from "./routes/search.ts";
import { registerSeries } from "./routes/series.ts";
import { registerStaticAssets } from "./routes/static-assets.ts";
import { createEmbeddedStore } from "./store/embedded-store.ts";
import type { FactStore } from "./store/fact-store.ts";
import { createStoreResolver } from "./store/resolve-store.ts";

export interface AppOptions {
  readonly store?: FactStore;
  /** Per app, so a fresh app (like a fresh isolate) proves the edge cache on its own. */
  readonly memory?: AnswerMemory;
}

/** Browser features no page of ours uses. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";
/** JSON is data, never a document: nothing in it may load or run. */
export const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

function handleError(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error.init);
  if (error instanceof HTTPException && error.status < 500) {
    const badJson = /json/i.test(error.message);
    return problemResponse(c, {
      code: badJson ? "invalid-json" : "invalid-request",
      detail: badJson ? "The request body is not valid JSON." : error.message,
      hint: badJson
        ? 'Send a JSON object such as {"claim": "…"}; check quotes and commas.'
        : "See /docs for the route's parameters.",
    });
  }
  console.error("factline-api: unhandled error", error);
  return problemResponse(c, {
    code: "internal-error",
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
        code: "invalid-request",
        detail: `The request's ${result.target} is invalid: ${errors.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}.`,
        hint: "Fix the fields listed in errors; /docs lists every parameter and limit.",
        errors,
      });
    },
  });

  app.use("*", requestId());
  app.use("*", async (c, next) => {
    await next();
    const type = c.res.headers.get("Content-Type") ?? "";
    if (/json/.test(type)) c.res.headers.set("Content-Security-Policy", JSON_CSP);
    else if (type.startsWith("text/html")) c.res.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  });
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
        code: "unsupported-media-type",
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
          code: "body-too-large",
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
  const memory = options.memory ?? new AnswerMemory();
  registerSearch(app, memory);
  registerCheck(app, memory);
  registerMetrics(app);
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

  const notFoundOrWrongMethod = (c: Context<AppEnv>) => {
    const path = new URL(c.req.url).pathname;
    return wrongMethodProblem(allowedMethods(app.routes, path), path, c.req.method) ?? notFoundProblem(path);
  };
  // Nothing under /v1 is a static asset.
  app.all("/v1/*", (c) => {
    throw notFoundOrWrongMethod(c);
  });
  registerStaticAssets(app, HTML_CSP);

  app.onError(handleError);
  app.notFound((c) => handleError(notFoundOrWrongMethod(c), c));
  return app;
}

function wrongMethodProblem(allowed: string | undefined, path: string, method: string): ProblemError | undefined {
  if (allowed) {
    return new ProblemError({
      code: "method-not-allowed",
      detail: `${method} is not allowed on ${path}.`,
      hint: `Use ${allowed}.`,
      headers: { Allow: allowed },
    });
  }
  return undefined;
}
