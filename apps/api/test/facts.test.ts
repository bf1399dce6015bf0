import type { Fact } from "@factline/core";
import { dataset } from "@factline/core/dataset";
import type { datasetToJsonLd, factToJsonLd } from "@factline/core/jsonld";
import { describe, expect, it } from "vitest";
import type { FactList } from "../src/schemas.ts";
import { call, json, present, problemOf } from "./helpers.ts";

const USERS = "cn-internet-users-2024-12";

describe("GET /v1/facts — happy path", () => {
  it("lists every fact with the dataset version", async () => {
    const response = await call("/v1/facts");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    const body = await json<FactList>(response);
    expect(body.version).toBe(dataset.version);
    expect(body.data).toHaveLength(dataset.facts.length);
  });

  it("fetches a batch by id and reports unknown ids without failing", async () => {
    const response = await call(`/v1/facts?ids=${USERS},cn-online-retail-sales-2024,cn-made-up-2024`);
    const body = await json<FactList>(response);
    expect(body.data.map((fact) => fact.id)).toEqual([USERS, "cn-online-retail-sales-2024"]);
    expect(body.missing).toEqual(["cn-made-up-2024"]);
  });

  it("adds the facts that describe a batch with include=related, in the same request", async () => {
    const body = await json<FactList>(await call(`/v1/facts?ids=cn-online-shoppers-2024-12&include=related`));
    expect(
      present(body.related, "related")
        .map((fact) => fact.id)
        .sort(),
    ).toEqual([
      "cn-online-shoppers-change-2024",
      "cn-online-shoppers-growth-2024-12",
      "cn-online-shoppers-share-2024-12",
    ]);
  });

  it("filters by status and unit", async () => {
    const body = await json<FactList>(await call("/v1/facts?status=reported&unit=percent"));
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((fact) => fact.status === "reported" && fact.unit === "percent")).toBe(true);
  });
});

describe("GET /v1/facts/{id} — happy path", () => {
  it("serves one fact with value in base units and full provenance", async () => {
    const response = await call(`/v1/facts/${USERS}`);
    expect(response.status).toBe(200);
    const fact = await json<Fact>(response);
    expect(fact.value).toBe(1_108_000_000);
    expect(fact.unit).toBe("person");
    expect(fact.source.publisher.en).toContain("CNNIC");
    expect(present(fact.citedBy[0], "a citation").quote).toContain("exceeded 1.1 billion");
    expect(fact.status).toBe("verified");
  });
});

describe("fact caching", () => {
  it("carries a strong ETag of the dataset version and edge-cache directives", async () => {
    const response = await call(`/v1/facts/${USERS}`);
    expect(response.headers.get("ETag")).toBe(`"${dataset.version}"`);
    const cacheControl = response.headers.get("Cache-Control") ?? "";
    expect(cacheControl).toMatch(/public/);
    expect(cacheControl).toMatch(/s-maxage=\d+/);
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
  });

  it("answers If-None-Match with 304 and no body", async () => {
    for (const path of [`/v1/facts/${USERS}`, "/v1/facts", `/v1/facts?ids=${USERS}`]) {
      const response = await call(path, { headers: { "If-None-Match": `"${dataset.version}"` } });
      expect(response.status, path).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("ETag")).toBe(`"${dataset.version}"`);
    }
  });

  it("answers a stale ETag with the full fact", async () => {
    const response = await call(`/v1/facts/${USERS}`, { headers: { "If-None-Match": '"0000000000000000"' } });
    expect(response.status).toBe(200);
  });

  it("serves a URL pinned to the current version as immutable", async () => {
    const response = await call(`/v1/facts/${USERS}?v=${dataset.version}`);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const unpinned = await call(`/v1/facts/${USERS}?v=0000000000000000`);
    expect(unpinned.headers.get("Cache-Control")).not.toContain("immutable");
  });
});

describe("facts — errors", () => {
  it("answers an unknown id with 404 problem+json suggesting close ids", async () => {
    const response = await call("/v1/facts/cn-internet-user-2024-12");
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({
      status: 404,
      code: "fact-not-found",
      instance: "/v1/facts/cn-internet-user-2024-12",
    });
    expect(problem.suggestions).toContain(USERS);
    expect(problem.hint).toContain(`Did you mean "${USERS}"`);
    expect(typeof problem.requestId).toBe("string");
  });

  it("rejects an id batch over the limit", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `fact-${i}`).join(",");
    const response = await call(`/v1/facts?ids=${ids}`);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe("invalid-ids");
  });

  it("lists each invalid filter with its path", async () => {
    const response = await call("/v1/facts?status=rumoured");
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.code).toBe("invalid-request");
    expect(problem.errors).toEqual([expect.objectContaining({ path: "status" })]);
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const response = await call(`/v1/facts/${USERS}`, { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD");
    expect((await problemOf(response)).code).toBe("method-not-allowed");
  });
});

describe("facts — security", () => {
  it.each([
    "/v1/facts/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/v1/facts/..%2F..%2Fetc%2Fpasswd",
    `/v1/facts/${"a".repeat(5000)}`,
    "/v1/facts/%00%ff",
    "/v1/facts?ids=%E0%A4%A",
    "/v1/facts?ids=,,,,",
    "/v1/nothing-here",
  ])("answers hostile path %s with a 4xx problem, never a 5xx", async (path) => {
    const response = await call(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const problem = await problemOf(response);
    expect(JSON.stringify(problem)).not.toContain("<script>");
  });

  it("sends nosniff, a referrer policy and open CORS without credentials", async () => {
    const response = await call(`/v1/facts/${USERS}`, { headers: { Origin: "https://news.example.com" } });
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(response.headers.get("Vary") ?? "").not.toContain("Origin");
  });
});

describe("facts as schema.org JSON-LD", () => {
  it("serves a fact as an Observation with its source as citation when asked for application/ld+json", async () => {
    const response = await call(`/v1/facts/${USERS}`, { headers: { Accept: "application/ld+json" } });
    expect(response.headers.get("Content-Type")).toContain("application/ld+json");
    expect(response.headers.get("Vary")).toBe("Accept");
    expect(response.headers.get("ETag")).not.toBe(`"${dataset.version}"`);
    const doc = await json<ReturnType<typeof factToJsonLd>>(response);
    expect(doc).toMatchObject({ "@type": "Observation", value: 1_108_000_000, observationDate: "2024-12" });
    expect(doc.citation).toMatchObject({ publisher: { name: expect.stringContaining("CNNIC") } });
  });

  it("serves the dataset as a Dataset with every fact", async () => {
    const doc = await json<ReturnType<typeof datasetToJsonLd>>(
      await call("/v1/facts", { headers: { Accept: "application/ld+json" } }),
    );
    expect(doc["@type"]).toBe("Dataset");
    expect(doc.version).toBe(dataset.version);
    expect(doc.hasPart).toHaveLength(dataset.facts.length);
  });
});
