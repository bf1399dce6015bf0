import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { call } from "./helpers.ts";

const TAG = `"${dataset.version}"`;

describe("conditional requests (RFC 9110)", () => {
  it("compares If-None-Match weakly: a W/ tag, as Cloudflare sends after compressing, gives 304", async () => {
    for (const path of ["/v1/facts/cn-internet-users-2024-12", "/v1/metrics", "/v1/series/internet-users"]) {
      const response = await call(path, { headers: { "If-None-Match": `W/${TAG}` } });
      expect(response.status, path).toBe(304);
    }
  });

  it("answers `If-None-Match: *` with 304 only where the resource exists", async () => {
    const star = { headers: { "If-None-Match": "*" } };
    expect((await call("/v1/series/internet-users", star)).status).toBe(304);
    expect((await call("/v1/series/no-such-metric", star)).status).toBe(200);
    expect((await call("/v1/metrics?entity=ZZ", star)).status).toBe(200);
    expect((await call("/v1/facts?entity=ZZ", star)).status).toBe(200);
    expect((await call("/v1/facts?ids=cn-made-up-1,cn-made-up-2", star)).status).toBe(200);
    expect((await call("/v1/facts?ids=cn-internet-users-2024-12", star)).status).toBe(304);
  });
});

describe("Accept negotiation", () => {
  const csv = (accept: string) =>
    call("/v1/series/internet-users", { headers: { Accept: accept } }).then((r) => r.headers.get("Content-Type"));

  it("reads media ranges: q=0 refuses, case does not matter, and no substring matches", async () => {
    expect(await csv("text/csv")).toMatch(/^text\/csv/);
    expect(await csv("TEXT/CSV; q=0.5, application/json;q=0.1")).toMatch(/^text\/csv/);
    expect(await csv("text/csv;q=0")).toMatch(/^application\/json/);
    expect(await csv("text/csvx")).toMatch(/^application\/json/);
    expect(await csv("application/x-text/csv")).toMatch(/^application\/json/);
  });
});
