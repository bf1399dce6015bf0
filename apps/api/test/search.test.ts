import { FactIndex } from "@factline/core/claims";
import { dataset } from "@factline/core/dataset";
import { searchFacts } from "@factline/core/search";
import { describe, expect, it } from "vitest";
import type { SearchResult } from "../src/schemas.ts";
import { call, json, problemOf } from "./helpers.ts";
import { clientAddress } from "./security-helpers.ts";

const search = (query: string, params = "") =>
  call(`/v1/search?q=${encodeURIComponent(query)}${params}`, { headers: { "CF-Connecting-IP": clientAddress() } });

/** The newest current observation of a metric: what a query naming no period means. */
const latest = (metric: string) =>
  dataset.facts.find((fact) => fact.metric === metric && fact.current && fact.newer === null)?.id;

describe("GET /v1/search", () => {
  it("ranks facts for an English query", async () => {
    const body = await json<SearchResult>(await call("/v1/search?q=online%20retail%20sales"));
    expect(body.data[0]?.fact.id).toBe(latest("online-retail-sales"));
  });

  it("ranks facts for a Chinese query", async () => {
    const body = await json<SearchResult>(await call(`/v1/search?q=${encodeURIComponent("网民规模")}&lang=zh`));
    expect(body.data[0]?.fact.id).toBe(latest("internet-users"));
    expect(body.metrics[0]).toMatchObject({
      id: "internet-users",
      series: "/v1/series/internet-users?entity=CN",
    });
  });

  it("respects limit and serves repeats from the edge cache", async () => {
    const path = `/v1/search?q=users&limit=3&n=${Math.random()}`;
    const first = await call(path);
    const body = await json<SearchResult>(first);
    // "users" matches dozens of facts: exactly the limit comes back, not merely no more than it.
    expect(body.data.length).toBe(3);
    expect((await call(path)).headers.get("X-Factline-Cache")).toBe("hit");
  });

  it.each([
    "/v1/search",
    "/v1/search?q=%20%20",
    `/v1/search?q=${"x".repeat(201)}`,
    "/v1/search?q=a&limit=0",
    "/v1/search?q=a&limit=9999",
    "/v1/search?q=a&limit=abc",
  ])("rejects %s with 400 problem+json", async (path) => {
    const response = await call(path);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe("invalid-request");
  });

  it("honours lang: only that language's terms and labels are read, and each language is its own answer", async () => {
    const index = new FactIndex(dataset.facts, dataset.entities);
    const query = `internet users ${crypto.randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
    for (const lang of ["en", "zh"] as const) {
      const body = await json<SearchResult>(await search(query, `&lang=${lang}`));
      const want = searchFacts(index, query, 10, lang).map((hit) => `${hit.fact.id} ${hit.score}`);
      expect(body.data.map((hit) => `${hit.fact.id} ${hit.score}`)).toEqual(want);
    }
    expect(searchFacts(index, query, 10, "en")[0]?.score).not.toBe(searchFacts(index, query, 10, "zh")[0]?.score);
  });

  it("echoes each caller's own query, also when the answer comes from the cache", async () => {
    const salt = crypto.randomUUID().slice(0, 6).replace(/\d/g, "x");
    const first = await json<SearchResult>(await search(`Internet  Users ${salt}`));
    expect(first.query).toBe(`Internet  Users ${salt}`);
    const second = await search(`internet users ${salt}`);
    expect(second.headers.get("X-Factline-Cache")).toBe("hit");
    const body = await json<SearchResult>(second);
    expect(body.query).toBe(`internet users ${salt}`);
    expect(body.data).toEqual(first.data);
  });

  it("folds format characters: a zero-width joiner inside a word does not split it", async () => {
    const plain = await json<SearchResult>(await search("网民规模"));
    const joined = await json<SearchResult>(await search("网\u200d民\u200b规\ufeff模"));
    expect(joined.data[0]?.fact.id).toBe(latest("internet-users"));
    expect(joined.data).toEqual(plain.data);
    expect(joined.query).toBe("网\u200d民\u200b规\ufeff模");
  });
});
