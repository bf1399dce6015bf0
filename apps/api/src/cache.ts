import type { Context } from "hono";
import type { AnswerMemory } from "./answer-memory.ts";
import type { AppEnv } from "./env.ts";
import { ProblemError } from "./problem.ts";
import type { FactStore } from "./store/fact-store.ts";

export const CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const CACHE_STATUS_HEADER = "X-Factline-Cache";

/** A strong validator: the same URL on the same dataset version is byte-for-byte the same answer. */
export function etagFor(version: string): string {
  return `"${version}"`;
}

/** `?v=<current version>` pins the URL to one dataset forever, so it may be cached forever. */
export function cacheControlFor(c: Context<AppEnv>, version: string): string {
  return c.req.query("v") === version ? IMMUTABLE_CACHE_CONTROL : CACHE_CONTROL;
}

function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed === etag;
  });
}

/** Answers 304 when the client already holds this version. */
export function notModified(c: Context<AppEnv>, version: string): Response | undefined {
  const etag = etagFor(version);
  if (!ifNoneMatchHits(c.req.header("If-None-Match"), etag)) return undefined;
  return c.body(null, 304, { ETag: etag, "Cache-Control": cacheControlFor(c, version) });
}

/** A JSON body with the dataset's validators: what every fact, search and check answer carries. */
export function versionedBody(
  c: Context<AppEnv>,
  version: string,
  body: string,
  cacheStatus?: "hit" | "miss",
): Response {
  return c.body(body, 200, {
    "Content-Type": "application/json; charset=utf-8",
    ETag: etagFor(version),
    "Cache-Control": cacheControlFor(c, version),
    ...(cacheStatus ? { [CACHE_STATUS_HEADER]: cacheStatus } : {}),
  });
}

export function versionedJson(c: Context<AppEnv>, version: string, body: unknown): Response {
  return versionedBody(c, version, JSON.stringify(body));
}

/** Counts one unit of work for this client against CHECK_LIMITER; 429 when over. */
export async function enforceRateLimit(c: Context<AppEnv>): Promise<void> {
  const key = c.req.header("CF-Connecting-IP") ?? "anonymous";
  const { success } = await c.env.CHECK_LIMITER.limit({ key });
  if (!success) {
    throw new ProblemError({
      status: 429,
      code: "rate-limited",
      title: "Too many checks",
      detail: "This client sent more new checks in the last minute than the limit allows (120 per minute).",
      hint: "Wait a minute, batch claims in one POST /v1/check { claims }, or reuse answers: repeated checks are served from cache and not counted.",
      headers: { "Retry-After": "60" },
    });
  }
}

/**
 * Computed answers (checks, searches) through the Workers Cache API, with a per-isolate memory in
 * front of it. The key holds the normalized input and the dataset version, so a new dataset never serves an old verdict. Only misses count
 * against the rate limit: a cached answer costs nothing.
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  store: FactStore,
  memory: AnswerMemory,
  key: Record<string, string | undefined>,
  compute: () => Promise<unknown>,
  limited: boolean,
): Promise<Response> {
  const params = new URLSearchParams();
  for (const name of Object.keys(key).sort()) {
    const value = key[name];
    if (value !== undefined) params.set(name, value);
  }
  params.set("__version", store.version);
  const keyUrl = `https://cache.factline.internal${new URL(c.req.url).pathname}?${params}`;
  const remembered = memory.get(keyUrl);
  if (remembered !== undefined) return versionedBody(c, store.version, remembered, "hit");
  const cache = caches.default;
  const hit = await cache.match(keyUrl);
  if (hit) {
    const body = await hit.text();
    memory.set(keyUrl, body);
    return versionedBody(c, store.version, body, "hit");
  }
  if (limited) await enforceRateLimit(c);
  const body = JSON.stringify(await compute());
  memory.set(keyUrl, body);
  const stored = new Response(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=86400" },
  });
  c.executionCtx.waitUntil(cache.put(keyUrl, stored));
  return versionedBody(c, store.version, body, "miss");
}

/** Folds what does not change an answer (surrounding and repeated white space) out of a cache key. */
export function normalizeKey(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
