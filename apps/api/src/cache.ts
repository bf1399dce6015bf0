import type { Context } from "hono";
import type { AnswerMemory } from "./answer-memory.ts";
import type { AppEnv } from "./env.ts";
import type { RateName } from "./limits.ts";
import { enforce } from "./rate-limit.ts";
import type { FactStore } from "./store/fact-store.ts";

export const CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const CACHE_STATUS_HEADER = "X-Factline-Cache";

/** Which of a resource's representations an answer is, and whether Accept chose it. */
export interface Variant {
  readonly representation?: "json" | "ld" | "csv";
  /** The resource has several representations chosen by Accept: caches must key on it (Vary). */
  readonly negotiated?: boolean;
}

const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  ld: "application/ld+json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;

/** The q-value Accept gives one exact media type (RFC 9110 §12.5.1): 0 when absent or refused. */
function acceptQuality(accept: string, mediaType: string): number {
  for (const range of accept.split(",")) {
    const [type, ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = parameters.find((parameter) => /^q\s*=/.test(parameter))?.replace(/^q\s*=\s*/, "");
    const quality = q === undefined ? 1 : Number(q);
    return Number.isFinite(quality) ? quality : 0;
  }
  return 0;
}

/** JSON, or the one other representation of the same resource when the Accept header asks for its media type. */
export function negotiate(accept: string | undefined, alternative: "ld" | "csv"): Variant {
  const mediaType = CONTENT_TYPES[alternative].split(";")[0] ?? "";
  const wanted = accept !== undefined && acceptQuality(accept, mediaType) > 0;
  return { representation: wanted ? alternative : "json", negotiated: true };
}

/** A strong validator per representation: the same URL, version and representation is byte-for-byte the same answer. */
export function etagFor(version: string, representation: Variant["representation"] = "json"): string {
  return representation === "json" ? `"${version}"` : `"${version}-${representation}"`;
}

/** `?v=<current version>` pins the URL to one dataset forever, so it may be cached forever. */
export function cacheControlFor(c: Context<AppEnv>, version: string): string {
  return c.req.query("v") === version ? IMMUTABLE_CACHE_CONTROL : CACHE_CONTROL;
}

function validators(c: Context<AppEnv>, version: string, variant: Variant): Record<string, string> {
  return {
    ETag: etagFor(version, variant.representation),
    "Cache-Control": cacheControlFor(c, version),
    ...(variant.negotiated ? { Vary: "Accept" } : {}),
  };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): Cloudflare weakens ETags when it compresses. */
export function ifNoneMatchHits(header: string | undefined, etag: string, exists: boolean): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" ? exists : trimmed.replace(/^W\//, "") === etag;
  });
}

/**
 * Answers 304 when the client already holds this representation. `If-None-Match: *` means "if there is
 * any current representation": `exists` says whether there is (an unknown metric or entity has none).
 */
export function notModified(
  c: Context<AppEnv>,
  version: string,
  variant: Variant = {},
  exists = true,
): Response | undefined {
  const etag = etagFor(version, variant.representation);
  if (!ifNoneMatchHits(c.req.header("If-None-Match"), etag, exists)) return undefined;
  return c.body(null, 304, validators(c, version, variant));
}

/** The representation Accept chooses, and the 304 to answer when the client already holds that one. */
export function conditional(
  c: Context<AppEnv>,
  version: string,
  alternative: "ld" | "csv",
  exists = true,
): { readonly variant: Variant; readonly unchanged: Response | undefined } {
  const variant = negotiate(c.req.header("Accept"), alternative);
  return { variant, unchanged: notModified(c, version, variant, exists) };
}

/** A body with the dataset's validators: what every fact, search and check answer carries. */
export function versionedBody(
  c: Context<AppEnv>,
  version: string,
  body: string,
  options: Variant & { cacheStatus?: "hit" | "miss" } = {},
): Response {
  return c.body(body, 200, {
    "Content-Type": CONTENT_TYPES[options.representation ?? "json"],
    ...validators(c, version, options),
    ...(options.cacheStatus ? { [CACHE_STATUS_HEADER]: options.cacheStatus } : {}),
  });
}

export function versionedJson(c: Context<AppEnv>, version: string, body: unknown, variant: Variant = {}): Response {
  return versionedBody(c, version, JSON.stringify(body), variant);
}

/**
 * The Cache API key for a computed answer: the route, the normalized input, the dataset version, and the
 * deployment: the Cache API outlives a deploy, and a fixed checker must not serve its predecessor's verdicts.
 */
export function answerKey(
  c: Context<AppEnv>,
  store: FactStore,
  key: Readonly<Record<string, string | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(key).sort()) {
    const value = key[name];
    if (value !== undefined) params.set(name, value);
  }
  params.set("__version", store.version);
  // Node callers (the OpenAPI test, the in-process bench) pass no bindings.
  params.set("__deployment", c.env?.CF_VERSION_METADATA?.id ?? "none");
  return `https://cache.factline.internal${new URL(c.req.url).pathname}?${params}`;
}

/** A computed answer from this isolate's memory or the Workers Cache API, if either holds it. */
export async function recall(memory: AnswerMemory, keyUrl: string): Promise<string | undefined> {
  const remembered = memory.get(keyUrl);
  if (remembered !== undefined) return remembered;
  const hit = await caches.default.match(keyUrl);
  if (!hit) return undefined;
  const body = await hit.text();
  memory.set(keyUrl, body);
  return body;
}

export function remember(c: Context<AppEnv>, memory: AnswerMemory, keyUrl: string, body: string): void {
  memory.set(keyUrl, body);
  const stored = new Response(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=86400" },
  });
  c.executionCtx.waitUntil(caches.default.put(keyUrl, stored));
}

/**
 * Computed answers (checks, searches) through the Workers Cache API, with a per-isolate memory in
 * front of it. The key holds the normalized input, the dataset version and the deployment, so neither a
 * new dataset nor a new checker ever serves an old verdict. Only misses are charged to the client's budget: a cached answer costs nothing.
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  store: FactStore,
  memory: AnswerMemory,
  key: Readonly<Record<string, string | undefined>>,
  compute: () => Promise<unknown>,
  charge?: { readonly rate: RateName; readonly cost: number },
  /** What this caller is served of the stored answer: its own words echoed, where the key folded them. */
  present: (stored: string) => string = (stored) => stored,
): Promise<Response> {
  const keyUrl = answerKey(c, store, key);
  const known = await recall(memory, keyUrl);
  if (known !== undefined) return versionedBody(c, store.version, present(known), { cacheStatus: "hit" });
  if (charge) await enforce(c, charge.rate, charge.cost);
  const body = JSON.stringify(await compute());
  remember(c, memory, keyUrl, body);
  return versionedBody(c, store.version, present(body), { cacheStatus: "miss" });
}

/** Folds what does not change an answer (surrounding and repeated white space) out of a cache key. */
export function normalizeKey(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A short, fixed-size cache key for long input (a whole text). Hashed as JSON, which escapes a lone
 * surrogate: UTF-8 would encode it as U+FFFD, and two different texts would share one key.
 */
export async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(text))));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
