import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { allowedMethods } from "../allowed-methods.ts";
import { ifNoneMatchHits } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { notFoundProblem, ProblemError } from "../problem.ts";

/** Content-hashed files never change under their name. */
const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css|png|svg)$/;

/** The asset itself, unconditionally: a 304 is answered here, with the headers the 200 would carry. */
function fetchAsset(c: Context<AppEnv>): Promise<Response> {
  const headers = new Headers(c.req.raw.headers);
  headers.delete("If-None-Match");
  headers.delete("If-Modified-Since");
  return c.env.ASSETS.fetch(new Request(c.req.url, { method: "GET", headers }));
}

/** The caching and security headers of an asset by its kind: the same on its 200 and its 304. */
function assetHeaders(asset: Response, path: string, htmlCsp: string): Headers {
  const headers = new Headers(asset.headers);
  const type = headers.get("Content-Type") ?? "";
  if (type.startsWith("text/html")) {
    headers.set("Content-Security-Policy", htmlCsp);
    headers.set("Cache-Control", "public, max-age=60");
  } else if (HASHED_ASSET.test(path)) {
    headers.set("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    headers.set("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
  }
  headers.set("Access-Control-Allow-Origin", "*");
  return headers;
}

/**
 * The widget and the demo pages from Workers Static Assets, with the headers the assets service
 * cannot set: CSP on pages, and caching by kind. Methods other than GET and HEAD get 405 where a file is.
 */
export function registerStaticAssets(app: OpenAPIHono<AppEnv>, htmlCsp: string): void {
  app.on(["GET", "HEAD"], "*", async (c) => {
    const path = new URL(c.req.url).pathname;
    const asset = await fetchAsset(c);
    if (asset.status === 404) {
      await asset.body?.cancel();
      throw notFoundProblem(path);
    }
    if (asset.status !== 200) {
      const passed = new Response(asset.body, asset);
      passed.headers.set("Access-Control-Allow-Origin", "*");
      return passed;
    }
    const headers = assetHeaders(asset, path, htmlCsp);
    const etag = headers.get("ETag");
    if (etag && ifNoneMatchHits(c.req.header("If-None-Match"), etag.replace(/^W\//, ""), true)) {
      await asset.body?.cancel();
      for (const name of ["Content-Length", "Content-Encoding"]) headers.delete(name);
      return new Response(null, { status: 304, headers });
    }
    return new Response(c.req.method === "HEAD" ? null : asset.body, { status: asset.status, headers });
  });

  app.on(["POST", "PUT", "PATCH", "DELETE"], "*", async (c) => {
    const path = new URL(c.req.url).pathname;
    let allowed = allowedMethods(app.routes, path);
    if (!allowed) {
      const asset = await fetchAsset(c);
      await asset.body?.cancel();
      if (asset.status !== 404) allowed = "GET, HEAD";
    }
    if (!allowed) throw notFoundProblem(path);
    throw new ProblemError({
      code: "method-not-allowed",
      detail: `${c.req.method} is not allowed on ${path}: it is a page or file, served as it is.`,
      hint: `Use ${allowed}.`,
      headers: { Allow: allowed },
    });
  });
}
