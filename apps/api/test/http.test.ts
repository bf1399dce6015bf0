import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { JSON_CSP, PERMISSIONS_POLICY } from "../src/app.ts";
import { call } from "./helpers.ts";

const USERS = "/v1/facts/cn-internet-users-2024-12";
const JSON_TAG = `"${dataset.version}"`;
const LD_TAG = `"${dataset.version}-ld"`;
const LD = { Accept: "application/ld+json" };

describe("ETags per representation", () => {
  it.each([USERS, "/v1/facts"])("%s: JSON and JSON-LD carry different ETags, both with Vary: Accept", async (path) => {
    const json = await call(path);
    const ld = await call(path, { headers: LD });
    expect(json.headers.get("ETag")).toBe(JSON_TAG);
    expect(ld.headers.get("ETag")).toBe(LD_TAG);
    expect(json.headers.get("Vary")).toBe("Accept");
    expect(ld.headers.get("Vary")).toBe("Accept");
  });

  it.each([USERS, "/v1/facts"])(
    "%s: a JSON ETag does not validate the JSON-LD answer, nor the reverse",
    async (path) => {
      const ldWithJsonTag = await call(path, { headers: { ...LD, "If-None-Match": JSON_TAG } });
      expect(ldWithJsonTag.status).toBe(200);
      expect(ldWithJsonTag.headers.get("Content-Type")).toContain("application/ld+json");
      const jsonWithLdTag = await call(path, { headers: { "If-None-Match": LD_TAG } });
      expect(jsonWithLdTag.status).toBe(200);
      const ld304 = await call(path, { headers: { ...LD, "If-None-Match": LD_TAG } });
      expect(ld304.status).toBe(304);
      expect(ld304.headers.get("ETag")).toBe(LD_TAG);
      expect(ld304.headers.get("Vary")).toBe("Accept");
      const json304 = await call(path, { headers: { "If-None-Match": JSON_TAG } });
      expect(json304.status).toBe(304);
      expect(json304.headers.get("Vary")).toBe("Accept");
    },
  );
});

describe("If-None-Match: *", () => {
  it("answers 304 for a fact that exists", async () => {
    expect((await call(USERS, { headers: { "If-None-Match": "*" } })).status).toBe(304);
  });

  it.each([
    "/v1/facts/cn-no-such-fact-2024",
    "/v1/check?claim=1.1%20billion&fact=cn-no-such-fact-2024",
    "/v1/nothing-here",
  ])("never turns a 404 into a 304: %s", async (path) => {
    const response = await call(path, { headers: { "If-None-Match": "*" } });
    expect(response.status).toBe(404);
  });
});

describe("security headers", () => {
  it.each([
    USERS,
    "/v1/facts",
    "/v1/search?q=users",
    "/v1/check?claim=x",
    "/openapi.json",
    "/healthz",
    "/v1/facts/cn-nothing",
    "/v1/check",
  ])("JSON from %s cannot load or run anything", async (path) => {
    const response = await call(path);
    expect(response.headers.get("Content-Type")).toMatch(/json/);
    expect(response.headers.get("Content-Security-Policy")).toBe(JSON_CSP);
    expect(JSON_CSP.startsWith("default-src 'none'")).toBe(true);
  });

  it.each(["/", "/docs"])("HTML at %s carries a Permissions-Policy and its page CSP", async (path) => {
    const response = await call(path);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(response.headers.get("Permissions-Policy")).toBe(PERMISSIONS_POLICY);
    expect(response.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
  });
});
