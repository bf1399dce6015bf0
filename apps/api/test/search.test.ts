import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import type { SearchResult } from "../src/schemas.ts";
import { call, json, problemOf } from "./helpers.ts";

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
});
