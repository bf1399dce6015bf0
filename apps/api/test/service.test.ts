import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import type { Health } from "../src/routes/health.ts";
import { call, json, type OpenApiDocument, present, problemOf, STORE } from "./helpers.ts";

describe("GET /healthz", () => {
  it("reports ok, the dataset version and which store serves it", async () => {
    const response = await call("/healthz");
    expect(response.status).toBe(200);
    expect(await json<Health>(response)).toEqual({
      ok: true,
      version: dataset.version,
      store: STORE,
      facts: dataset.facts.length,
    });
  });
});

describe("GET /openapi.json", () => {
  it("is OpenAPI 3.1 listing every API route with the shared schemas", async () => {
    const doc = await json<OpenApiDocument>(await call("/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe(dataset.version);
    const paths = present(doc.paths, "paths");
    expect(Object.keys(paths).sort()).toEqual([
      "/healthz",
      "/v1/check",
      "/v1/facts",
      "/v1/facts/{id}",
      "/v1/metrics",
      "/v1/search",
      "/v1/series/{metric}",
    ]);
    expect(Object.keys(present(paths["/v1/check"], "/v1/check")).sort()).toEqual(["get", "post"]);
    const schemas = present(doc.components?.schemas, "components.schemas");
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["Fact", "ClaimCheck", "Problem", "FactList", "CheckRequest"]),
    );
    expect(schemas.Fact).toMatchObject({ properties: { unit: { enum: expect.arrayContaining(["percent"]) } } });
  });
});

describe("GET /docs", () => {
  it("serves the API reference under a strict CSP, with its own stylesheet", async () => {
    const response = await call("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    const html = await response.text();
    for (const route of ["/v1/facts/{id}", "/v1/search", "/v1/check", "rate-limited", "If-None-Match"])
      expect(html).toContain(route);
    expect(html).not.toMatch(/https?:\/\/(?!facts\.example\.org)[a-z]/);
    const css = await call("/docs.css");
    expect(css.headers.get("Content-Type")).toContain("text/css");
  });
});

describe("static assets", () => {
  it("serves the demo page with a CSP", async () => {
    const response = await call("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(response.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
  });

  it("answers a missing page with 404 problem+json", async () => {
    const response = await call("/no-such-page.html");
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("not-found");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])(
    "answers %s to a page or file with 405 and Allow: GET, HEAD",
    async (method) => {
      for (const path of ["/", "/widget.js", "/widget.json"]) {
        const response = await call(path, { method, body: "x" });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get("Allow")).toBe("GET, HEAD");
        expect((await problemOf(response)).code).toBe("method-not-allowed");
      }
    },
  );

  it("answers other methods on a path with nothing with 404, and on an API page with its own Allow", async () => {
    expect((await call("/no-such-file.js", { method: "PUT", body: "x" })).status).toBe(404);
    const docs = await call("/docs", { method: "DELETE" });
    expect(docs.status).toBe(405);
    expect(docs.headers.get("Allow")).toBe("GET, HEAD");
  });
});

describe("the widget's static assets", () => {
  it("serves widget.js to any origin with revalidating cache headers", async () => {
    const response = await call("/widget.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("javascript");
    expect(response.headers.get("Cache-Control")).toContain("stale-while-revalidate");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
  });

  it.each(["/widget.js", "/", "/widget.json"])(
    "answers If-None-Match on %s with a 304 carrying the 200's caching headers",
    async (path) => {
      const full = await call(path);
      const etag = full.headers.get("ETag") ?? "";
      expect(etag).not.toBe("");
      for (const tag of [etag, `W/${etag.replace(/^W\//, "")}`]) {
        const revalidated = await call(path, { headers: { "If-None-Match": tag } });
        expect(revalidated.status).toBe(304);
        for (const header of ["Cache-Control", "ETag", "Access-Control-Allow-Origin", "Content-Security-Policy"])
          expect(revalidated.headers.get(header), header).toBe(full.headers.get(header));
      }
    },
  );

  it("publishes a content-hashed widget with its SRI hash, served immutable", async () => {
    const manifest = (await (await call("/widget.json")).json()) as { file: string; integrity: string };
    const versioned = await call(manifest.file);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const digest = await crypto.subtle.digest("SHA-384", await versioned.arrayBuffer());
    expect(manifest.integrity).toBe(`sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
  });
});
