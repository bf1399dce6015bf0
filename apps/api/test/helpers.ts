import { env, exports } from "cloudflare:workers";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { ProblemBody } from "../src/problem.ts";

/** Which store the Worker under test reads: the D1 project binds FACTS_DB, the default one does not. */
export const STORE: "embedded" | "d1" = env.FACTS_DB ? "d1" : "embedded";

/** Sends a request to the Worker under test, exactly as production would receive it. */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`https://facts.example.org${path}`, init));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** The body of a JSON answer, as the type the API declares for it; a problem answer throws instead. */
export async function json<T>(response: Response): Promise<T> {
  if (response.headers.get("Content-Type")?.startsWith("application/problem+json")) {
    throw new Error(`expected an answer, got a ${response.status} problem: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export async function problemOf(response: Response): Promise<ProblemBody> {
  if (!response.headers.get("Content-Type")?.startsWith("application/problem+json")) {
    throw new Error(
      `expected problem+json, got ${response.status} ${response.headers.get("Content-Type")}: ${await response.text()}`,
    );
  }
  return (await response.json()) as ProblemBody;
}

/** A value the test needs to be there: fails the test, naming it, when it is missing. */
export function present<T>(value: T | null | undefined, what = "value"): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${value}`);
  return value;
}

/** The OpenAPI 3.1 document /openapi.json serves: what OpenAPIHono's generator returns. */
export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
