import type { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { CACHE_STATUS_HEADER } from "./cache.ts";
import type { AppEnv } from "./env.ts";

/** Browser features no page of ours uses. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";
/** JSON is data, never a document: nothing in it may load or run. */
export const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The CSP or Permissions-Policy each answer's Content-Type calls for, and the headers every answer carries. */
export function useSecurityHeaders(app: OpenAPIHono<AppEnv>): void {
  app.use("*", async (c, next) => {
    await next();
    const type = c.res.headers.get("Content-Type") ?? "";
    if (/json/.test(type)) c.res.headers.set("Content-Security-Policy", JSON_CSP);
    else if (type.startsWith("text/html")) c.res.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  });
  app.use(
    "*",
    secureHeaders({
      // The widget and the API are meant to be used from other origins.
      crossOriginResourcePolicy: "cross-origin",
      crossOriginEmbedderPolicy: false,
      crossOriginOpenerPolicy: "same-origin",
      referrerPolicy: "strict-origin-when-cross-origin",
      xFrameOptions: "DENY",
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
    }),
  );
}

/** Any origin may read the API, including the headers a client needs for caching and retries. */
export function useCors(app: OpenAPIHono<AppEnv>): void {
  app.use(
    "*",
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
      allowHeaders: ["Content-Type", "If-None-Match"],
      exposeHeaders: ["ETag", CACHE_STATUS_HEADER, "X-Request-Id", "Retry-After"],
      maxAge: 86400,
    }),
  );
}
