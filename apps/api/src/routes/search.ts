import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AnswerMemory } from "../answer-memory.ts";
import { cachedAnswer, normalizeKey, notModified } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { LIMITS } from "../limits.ts";
import { problemResponses, SearchQuerySchema, SearchResultSchema } from "../schemas.ts";

const searchRoute = createRoute({
  method: "get",
  path: "/v1/search",
  summary: "Facts ranked for a text query, in English or Chinese",
  description: `Each query not already cached costs one unit of the client's lookup budget (${LIMITS.rates.lookups.limit} per ${LIMITS.rates.lookups.periodSeconds} s); cached answers are free.`,
  request: { query: SearchQuerySchema },
  responses: {
    200: { description: "ranked facts", content: { "application/json": { schema: SearchResultSchema } } },
    304: { description: "not modified" },
    ...problemResponses("invalid-request", "rate-limited"),
  },
});

/** Format characters (zero-width joiners and spaces, bidi marks, soft hyphens) change no word a query names. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

export function registerSearch(app: OpenAPIHono<AppEnv>, memory: AnswerMemory): void {
  app.openapi(searchRoute, async (c) => {
    const { store } = c.var;
    const cached = notModified(c, store.version);
    if (cached) return cached;
    const { q, limit, lang } = c.req.valid("query");
    const query = normalizeKey(q.replace(FORMAT_CHARACTERS, ""));
    // The stored answer leads with the version only: each caller is served its own query.
    const echo = `{"version":${JSON.stringify(store.version)},"query":${JSON.stringify(q)},`;
    return cachedAnswer(
      c,
      store,
      memory,
      { q: query.toLowerCase(), limit: String(limit), lang },
      async () => {
        const data = (await store.search(query, limit, lang)).map(({ fact, score }) => ({ score, fact }));
        // The metrics behind the facts, so a search leads to whole series, not only single figures.
        const metrics = [...new Map(data.map(({ fact }) => [`${fact.metric}:${fact.entity.code}`, fact])).values()].map(
          (fact) => ({
            id: fact.metric,
            label: fact.label,
            series: `/v1/series/${fact.metric}?entity=${fact.entity.code}`,
          }),
        );
        return { version: store.version, data, metrics };
      },
      { rate: "lookups", cost: 1 },
      (stored) => `${echo}${stored.slice(stored.indexOf(",") + 1)}`,
    );
  });
}
