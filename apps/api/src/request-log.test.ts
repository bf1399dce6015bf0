import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { newApp } from "./app.ts";
import type { ProblemBody } from "./problem.ts";
import type { RequestLogLine } from "./request-log.ts";
import { createEmbeddedStore } from "./store/embedded-store.ts";
import type { FactStore } from "./store/fact-store.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh app whose log lines are kept; each request answered by it, with the lines it wrote. */
function logged(store?: FactStore) {
  const lines: string[] = [];
  const app = newApp({ ...(store ? { store } : {}), log: { write: (line) => lines.push(line) } });
  return async (path: string, init?: RequestInit) => {
    lines.length = 0;
    const ctx = createExecutionContext();
    const response = await app.fetch(new Request(`https://facts.example.org${path}`, init), env, ctx);
    await waitOnExecutionContext(ctx);
    return { response, lines: [...lines], entries: lines.map((line) => JSON.parse(line) as RequestLogLine) };
  };
}

const client = () => ({
  "CF-Connecting-IP": `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the request log", () => {
  it("writes one JSON line per request: route, status, cache, time and request id, with no claim text", async () => {
    const secret = `Zq${crypto.randomUUID().slice(0, 8)} China had 1.108 billion internet users`;
    const { response, lines, entries } = await logged()(`/v1/check?claim=${encodeURIComponent(secret)}`, {
      headers: client(),
    });
    expect(response.status).toBe(200);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      msg: "request",
      method: "GET",
      route: "/v1/check",
      status: 200,
      cache: "miss",
      requestId: response.headers.get("X-Request-Id"),
    });
    expect(entries[0]?.ms).toBeGreaterThanOrEqual(0);
    expect(lines[0]).not.toContain(secret.slice(0, 10));
    expect(lines[0]).not.toContain("billion");
  });

  it("logs the route pattern, not the id a client typed, and a problem's code", async () => {
    const { entries } = await logged()("/v1/facts/cn-no-such-fact-typed-by-someone");
    expect(entries[0]).toMatchObject({ route: "/v1/facts/:id", status: 404, problem: "fact-not-found" });
    expect(JSON.stringify(entries)).not.toContain("typed-by-someone");
  });

  it("records a rate-limit refusal and the budget that ran out", async () => {
    // More numbers than a whole budget buys: refused at once.
    const text = "网购1;".repeat(1600);
    const { response, entries } = await logged()("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...client() },
      body: JSON.stringify({ text }),
    });
    expect(response.status).toBe(429);
    expect(entries[0]).toMatchObject({ status: 429, problem: "rate-limited", rateLimit: "checks" });
  });

  it("logs a 5xx with its request id and the error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failing: FactStore = {
      ...createEmbeddedStore(),
      get: async () => {
        throw new Error("the store fell over");
      },
    };
    const { response, entries } = await logged(failing)("/v1/facts/cn-internet-users-2024-12");
    expect(response.status).toBe(500);
    const requestId = response.headers.get("X-Request-Id");
    expect(entries[0]).toMatchObject({ status: 500, problem: "internal-error", requestId });
    const logged500 = JSON.parse(String(errors.mock.calls[0]?.[0])) as {
      requestId: string;
      error: { message: string };
    };
    expect(logged500.requestId).toBe(requestId);
    expect(logged500.error.message).toBe("the store fell over");
  });
});

describe("request ids", () => {
  it("are always fresh: a client's X-Request-Id is kept apart, never echoed as ours", async () => {
    const { response, entries } = await logged()("/v1/facts/cn-nothing-here", {
      headers: { "X-Request-Id": "chosen-by-the-client" },
    });
    const ours = response.headers.get("X-Request-Id") ?? "";
    expect(ours).toMatch(UUID);
    expect(((await response.json()) as ProblemBody).requestId).toBe(ours);
    expect(entries[0]).toMatchObject({ requestId: ours, clientRequestId: "chosen-by-the-client" });
  });
});
