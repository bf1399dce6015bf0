import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import { notFoundProblem } from "../problem.ts";

/** Content-hashed files never change under their name. */
const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css|png|svg)$/;

/**
 * The widget and the demo pages from Workers Static Assets, with the headers the assets service
 * cannot set: CSP on pages, and caching by kind.
 */
export function registerStaticAssets(app: OpenAPIHono<AppEnv>, htmlCsp: string): void {
  app.on(["GET", "HEAD"], "*", async (c) => {
    const path = new URL(c.req.url).pathname;
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    if (asset.status === 404) {
      throw notFoundProblem(path);
    }
    const response = new Response(asset.body, asset);
    const type = response.headers.get("Content-Type") ?? "";
    if (type.startsWith("text/html")) {
      response.headers.set("Content-Security-Policy", htmlCsp);
      response.headers.set("Cache-Control", "public, max-age=60");
    } else if (HASHED_ASSET.test(path)) {
      response.headers.set("Cache-Control", "public, max-age=31536000, immutable");
    } else if (asset.status === 200) {
      response.headers.set("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
    }
    response.headers.set("Access-Control-Allow-Origin", "*");
    return response;
  });
}
