import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { routePath } from "hono/route";
import { allowedMethods } from "./allowed-methods.ts";
import type { AppEnv } from "./env.ts";
import { issuesFrom, notFoundProblem, ProblemError, problemResponse } from "./problem.ts";

/** A request that fails its route's schema: invalid-request, every failing field listed. */
export const invalidRequestHook: NonNullable<OpenAPIHono<AppEnv>["defaultHook"]> = (result, c) => {
  if (result.success) return;
  const errors = issuesFrom(result.error);
  return problemResponse(c as Context<AppEnv>, {
    code: "invalid-request",
    detail: `The request's ${result.target} is invalid: ${errors.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}.`,
    hint: "Fix the fields listed in errors; /docs lists every parameter and limit.",
    errors,
  });
};

function handleError(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error.init);
  if (error instanceof HTTPException && error.status === 415) {
    return problemResponse(c, {
      code: "unsupported-media-type",
      detail: `The body's Content-Type is not one this route reads: ${error.message}.`,
      hint: "Send Content-Type: application/json with a JSON body.",
    });
  }
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
  // The request log line follows with the same id; this line carries what failed.
  console.error(
    JSON.stringify({
      msg: "unhandled error",
      requestId: c.get("requestId") ?? "unknown",
      route: routePath(c) || "(none)",
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    }),
  );
  return problemResponse(c, {
    code: "internal-error",
    detail: "The server failed while answering; this is a bug in factline, not in the request.",
    hint: "Retry later, and report the requestId if it persists.",
  });
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

/** 405 with Allow when the path answers other methods, else 404. */
function notFoundOrWrongMethod(app: OpenAPIHono<AppEnv>, c: Context<AppEnv>): ProblemError {
  const path = new URL(c.req.url).pathname;
  return wrongMethodProblem(allowedMethods(app.routes, path), path, c.req.method) ?? notFoundProblem(path);
}

/** Nothing under /v1 is a static asset: unmatched requests there end here, before the assets' catch-all. */
export function refuseUnknownApiPaths(app: OpenAPIHono<AppEnv>): void {
  app.all("/v1/*", (c) => {
    throw notFoundOrWrongMethod(app, c);
  });
}

/** Every error and every unmatched request is answered as problem+json. */
export function answerErrorsAsProblems(app: OpenAPIHono<AppEnv>): void {
  app.onError(handleError);
  app.notFound((c) => handleError(notFoundOrWrongMethod(app, c), c));
}
