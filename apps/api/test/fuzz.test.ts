import { dataset } from "@factline/core/dataset";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProblemBody } from "../src/problem.ts";
import { PROBLEMS } from "../src/problem-codes.ts";
import { call } from "./helpers.ts";

const text = (maxLength: number) => fc.string({ unit: "binary", maxLength });

const prefix = fc.constantFrom(
  "/v1/facts",
  "/v1/facts/",
  "/v1/facts/cn-internet-users-2024-12",
  "/v1/search",
  "/v1/check",
  "/v1/",
  "/v1/metrics",
  "/healthz",
  "/openapi.json",
  "/docs",
  "/docs.css",
  "/",
  "/widget.js",
  "/check",
);

const path = fc.oneof(
  prefix,
  fc.tuple(prefix, text(60)).map(([start, rest]) => `${start}${encodeURIComponent(rest)}`),
  fc.tuple(prefix, fc.string({ maxLength: 40 })).map(([start, rest]) => `${start}/${rest}`),
);

const query = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom(
        "q",
        "claim",
        "fact",
        "ids",
        "lang",
        "limit",
        "v",
        "include",
        "status",
        "unit",
        "metric",
        "entity",
      ),
      fc.string({ maxLength: 8 }),
    ),
    fc.oneof(
      text(300),
      fc.constantFrom("cn-internet-users-2024-12", "en", "zh", "related", "50", "-1", "1e309", dataset.version),
    ),
    { maxKeys: 4 },
  )
  .map((params) => new URLSearchParams(params).toString());

const body = fc.oneof(
  fc.constant(undefined),
  text(500),
  fc.json({ maxDepth: 3 }),
  fc.record({ claim: text(400) }).map((value) => JSON.stringify(value)),
  fc
    .record({
      claims: fc.array(fc.oneof(text(100), fc.record({ claim: text(100), fact: text(90) })), { maxLength: 8 }),
    })
    .map((value) => JSON.stringify(value)),
  fc.record({ text: text(2000), lang: fc.constantFrom("en", "zh", "fr") }).map((value) => JSON.stringify(value)),
);

const request = fc.record({
  method: fc.constantFrom("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
  path,
  query,
  body,
  contentType: fc.constantFrom(
    undefined,
    "application/json",
    "application/json; charset=utf-8",
    "application/merge-patch+json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
  ),
  accept: fc.constantFrom(undefined, "application/ld+json", "text/csv", "*/*", "text/html", "application/json;q=0"),
  ifNoneMatch: fc.constantFrom(undefined, "*", `"${dataset.version}"`, `"${dataset.version}-ld"`, "garbage", 'W/"x"'),
  client: fc.ipV4(),
});

describe("HTTP fuzz of every route", () => {
  it("never answers 5xx, and every 4xx is problem+json with a known code", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let url: URL;
        try {
          url = new URL(`https://facts.example.org${r.path}${r.query ? `?${r.query}` : ""}`);
        } catch {
          return;
        }
        const headers: Record<string, string> = { "CF-Connecting-IP": r.client };
        if (r.contentType !== undefined) headers["Content-Type"] = r.contentType;
        if (r.accept) headers.Accept = r.accept;
        if (r.ifNoneMatch) headers["If-None-Match"] = r.ifNoneMatch;
        const hasBody = r.body !== undefined && !["GET", "HEAD"].includes(r.method);
        const response = await call(`${url.pathname}${url.search}`, {
          method: r.method,
          headers,
          ...(hasBody ? { body: r.body } : {}),
        });
        const answer = await response.text();
        const where = `${r.method} ${url.pathname}${url.search} → ${response.status}`;
        expect(response.status, where).toBeLessThan(500);
        if (response.status < 400) return;
        expect(response.headers.get("Content-Type"), where).toMatch(/^application\/problem\+json/);
        if (r.method === "HEAD") return;
        const problem = JSON.parse(answer) as ProblemBody;
        expect(PROBLEMS[problem.code]?.status, where).toBe(response.status);
        expect(problem.status, where).toBe(response.status);
        expect(problem.detail.length * problem.hint.length, where).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
