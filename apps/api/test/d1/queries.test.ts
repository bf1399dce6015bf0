import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { CLAIM_CORPUS } from "../../../../packages/core/src/claims/corpus.fixture.ts";
import { newApp } from "../../src/app.ts";
import type { BatchCheckAnswer, FactList, SearchResult } from "../../src/schemas.ts";
import { json, present } from "../helpers.ts";
import { clientAddress } from "../security-helpers.ts";

/** Workers Free runs at most 50 D1 queries per invocation; a request must stay far from it. */
const HANDFUL = 6;

/** The binding, counting every statement that reaches D1 (each one of a batch too). */
function countingDb(db: D1Database) {
  const counter = { queries: 0, rows: 0 };
  const statement = (inner: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(inner, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== "function") return value;
        if (property === "bind") return (...values: unknown[]) => statement(value.apply(target, values));
        if (["all", "first", "run", "raw"].includes(String(property))) {
          return async (...args: unknown[]) => {
            counter.queries++;
            const result = await value.apply(target, args);
            counter.rows += Array.isArray(result?.results)
              ? result.results.length
              : Array.isArray(result)
                ? result.length
                : 1;
            return result;
          };
        }
        return value.bind(target);
      },
    });
  const wrapped = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === "prepare") return (sql: string) => statement(value.call(target, sql));
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counter.queries += statements.length;
          return value.call(target, statements);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: wrapped, counter };
}

/** A fresh isolate (nothing loaded, nothing remembered) over a counted FACTS_DB: the queries one request makes. */
async function queriesFor(path: string, init?: RequestInit) {
  const { db, counter } = countingDb(present(env.FACTS_DB, "FACTS_DB"));
  const ctx = createExecutionContext();
  const response = await newApp().fetch(
    new Request(`https://facts.example.org${path}`, init),
    { ...env, FACTS_DB: db },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { response, queries: counter.queries, rows: counter.rows };
}

/** The newest fact of each of `count` distinct metrics. */
function idsOfDistinctMetrics(count: number): string[] {
  const newest = new Map<string, string>();
  for (const fact of dataset.facts) if (fact.current && fact.newer === null) newest.set(fact.metric, fact.id);
  return [...newest.values()].slice(0, count);
}

describe("D1 queries per request", () => {
  it("a batch of 100 ids of distinct metrics with related facts and series: a handful, not one per id", async () => {
    const ids = idsOfDistinctMetrics(100);
    expect(ids).toHaveLength(100);
    const { response, queries } = await queriesFor(`/v1/facts?ids=${ids.join(",")}&include=related,series`);
    const body = await json<FactList>(response);
    expect(body.data).toHaveLength(100);
    expect(Object.keys(present(body.series, "series"))).toHaveLength(100);
    expect(queries).toBeLessThanOrEqual(HANDFUL);
  });

  it("a batch of 100 new claims: one routing read for the batch, not one per claim", async () => {
    const salt = crypto.randomUUID().slice(0, 8);
    const claims = CLAIM_CORPUS.slice(0, 100).map(([, claim]) => `${claim} ⟨${salt}⟩`);
    const { response, queries } = await queriesFor("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": clientAddress() },
      body: JSON.stringify({ claims }),
    });
    expect((await json<BatchCheckAnswer>(response)).results).toHaveLength(100);
    // The version, the router (three reads, once per isolate) and the batch's facts.
    expect(queries).toBeLessThanOrEqual(HANDFUL);
  });

  it("a search, cold: a handful of queries and no read of the whole version", async () => {
    const { response, queries, rows } = await queriesFor(`/v1/search?q=${encodeURIComponent("internet users 2024")}`, {
      headers: { "CF-Connecting-IP": clientAddress() },
    });
    expect((await json<SearchResult>(response)).data.length).toBeGreaterThan(0);
    expect(queries).toBeLessThanOrEqual(HANDFUL);
    // The terms (one fact per metric) and the ten answers, not every fact of the version.
    expect(rows).toBeLessThan(dataset.facts.length / 3);
  });
});
