import { env, exports } from "cloudflare:workers";

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

export async function problemOf(response: Response): Promise<Record<string, unknown>> {
  if (!response.headers.get("Content-Type")?.startsWith("application/problem+json")) {
    throw new Error(
      `expected problem+json, got ${response.status} ${response.headers.get("Content-Type")}: ${await response.text()}`,
    );
  }
  return (await response.json()) as Record<string, unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed field by field in assertions.
export type Json = Record<string, any>;
