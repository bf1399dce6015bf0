import type { ClaimCheck, Fact } from "./types.ts";

/** Past this the page keeps its own text: a slow API must not hold the reader up. */
export const REQUEST_TIMEOUT_MS = 4000;

export interface FactBatch {
  readonly facts: ReadonlyMap<string, Fact>;
  /** Facts describing the requested ones: their changes and shares, for stat cards. */
  readonly related: readonly Fact[];
}

// Enough shape to render without throwing; anything else is treated as an API failure.
const isFact = (value: unknown): value is Fact =>
  typeof (value as Fact)?.value === "number" && typeof (value as Fact).source?.publisher?.en === "string";
const isCheck = (value: unknown): value is ClaimCheck =>
  typeof (value as ClaimCheck)?.verdict === "string" && typeof (value as ClaimCheck).explanation === "string";

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal, credentials: "omit" });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

/** One cacheable GET for every fact on the page, with what describes them. */
export async function fetchFacts(apiOrigin: string, ids: readonly string[]): Promise<FactBatch> {
  const query = [...new Set(ids)].sort().map(encodeURIComponent).join(",");
  const body = (await getJson(`${apiOrigin}/v1/facts?ids=${query}&include=related`)) as {
    data?: unknown;
    related?: unknown;
  };
  if (!Array.isArray(body?.data) || !body.data.every(isFact)) throw new Error("malformed facts");
  const related = Array.isArray(body.related) ? body.related.filter(isFact) : [];
  return { facts: new Map(body.data.map((fact) => [fact.id, fact])), related };
}

/** A sentence to check, or an author's figure to check against one fact (data-fact). */
export interface ClaimRequest {
  readonly claim: string;
  readonly fact?: string | undefined;
}

/** Verdicts for every claim and figure on the page: one cacheable GET for one, one POST for several. */
export async function checkClaims(apiOrigin: string, claims: readonly ClaimRequest[]): Promise<ClaimCheck[]> {
  if (claims.length === 0) return [];
  const [only] = claims;
  const results =
    claims.length === 1 && only
      ? [
          await getJson(
            `${apiOrigin}/v1/check?claim=${encodeURIComponent(only.claim)}${only.fact ? `&fact=${encodeURIComponent(only.fact)}` : ""}`,
          ),
        ]
      : ((
          (await getJson(`${apiOrigin}/v1/check`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ claims: claims.map(({ claim, fact }) => (fact ? { claim, fact } : claim)) }),
          })) as { results?: unknown }
        ).results as unknown[]);
  if (!Array.isArray(results) || results.length !== claims.length || !results.every(isCheck)) {
    throw new Error("malformed checks");
  }
  return results;
}
