import { periodEnd } from "@factline/core";
import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { call, type Json, problemOf } from "./helpers.ts";

describe("GET /v1/series/{metric}", () => {
  it("answers one metric of one entity, oldest period first", async () => {
    const response = await call("/v1/series/internet-users?entity=CN");
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(`"${dataset.version}"`);
    const body = (await response.json()) as Json;
    const expected = dataset.facts
      .filter((fact) => fact.metric === "internet-users" && fact.entity.code === "CN")
      .map((fact) => fact.id);
    expect(body.data.map((fact: Json) => fact.id).sort()).toEqual(expected.sort());
    const ends = body.data.map((fact: Json) => periodEnd(fact as never));
    expect(ends).toEqual([...ends].sort());
    expect(ends.length).toBeGreaterThan(1);
  });

  it("answers an unknown metric with an empty series", async () => {
    const body = (await (await call("/v1/series/no-such-metric?entity=CN")).json()) as Json;
    expect(body.data).toEqual([]);
  });

  it("refuses a missing or malformed entity with a 400 problem", async () => {
    for (const query of ["", "?entity=cn%27--"]) {
      const response = await call(`/v1/series/internet-users${query}`);
      expect(response.status).toBe(400);
      expect((await problemOf(response)).code).toBe("invalid-request");
    }
  });
});
