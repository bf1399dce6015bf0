import { createRoute, type OpenAPIHono, type RouteHandler } from "@hono/zod-openapi";
import type { AnswerMemory } from "../answer-memory.ts";
import { cachedAnswer, enforceRateLimit, normalizeKey, notModified, versionedJson } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { LIMITS } from "../limits.ts";
import { factNotFoundProblem } from "../problem.ts";
import {
  ArticleCheckSchema,
  BatchCheckSchema,
  CheckBodySchema,
  CheckQuerySchema,
  ClaimCheckSchema,
  errorResponses,
  ProblemSchema,
} from "../schemas.ts";
import type { FactStore } from "../store/fact-store.ts";

const getCheckRoute = createRoute({
  method: "get",
  path: "/v1/check",
  summary: "Check one claim (cacheable)",
  description: `The verdict for every figure in \`claim\` (at most ${LIMITS.claimLength} characters), overall the worst. \`fact\` pins the fact to check against. Answers carry \`X-Factline-Cache: hit|miss\`.`,
  request: { query: CheckQuerySchema },
  responses: {
    200: { description: "the verdict", content: { "application/json": { schema: ClaimCheckSchema } } },
    304: { description: "not modified" },
    400: errorResponses[400],
    404: {
      description: "the pinned fact does not exist",
      content: { "application/problem+json": { schema: ProblemSchema } },
    },
    429: errorResponses[429],
  },
});

const postCheckRoute = createRoute({
  method: "post",
  path: "/v1/check",
  summary: "Check a claim, a batch of claims, or an article draft",
  description: `\`{ claim }\` → one verdict; \`{ claims }\` (at most ${LIMITS.claimsPerBatch}) → \`{ results }\`; \`{ text }\` (at most ${LIMITS.textLength} characters) → every sentence with a figure, each with its verdict. Bodies over ${LIMITS.bodyBytes / 1024} KiB are refused with 413.`,
  request: { body: { required: true, content: { "application/json": { schema: CheckBodySchema } } } },
  responses: {
    200: {
      description: "verdicts",
      content: { "application/json": { schema: ClaimCheckSchema.or(BatchCheckSchema).or(ArticleCheckSchema) } },
    },
    400: errorResponses[400],
    404: {
      description: "the pinned fact does not exist",
      content: { "application/problem+json": { schema: ProblemSchema } },
    },
    413: { description: "body too large", content: { "application/problem+json": { schema: ProblemSchema } } },
    415: { description: "body is not JSON", content: { "application/problem+json": { schema: ProblemSchema } } },
    429: errorResponses[429],
  },
});

async function requireFact(store: FactStore, id: string | undefined): Promise<void> {
  if (id === undefined || (await store.get(id))) return;
  throw factNotFoundProblem(
    `The claim is pinned to fact "${id}", which does not exist.`,
    await store.closestIds(id),
    "Drop `fact` to let the checker find the fact, or list ids with GET /v1/facts.",
  );
}

export function registerCheck(app: OpenAPIHono<AppEnv>, memory: AnswerMemory): void {
  app.openapi(getCheckRoute, async (c) => {
    const { store } = c.var;
    const cached = notModified(c, store.version);
    if (cached) return cached;
    const { claim, fact, lang } = c.req.valid("query");
    await requireFact(store, fact);
    const normalized = normalizeKey(claim);
    return cachedAnswer(
      c,
      store,
      memory,
      { claim: normalized, fact, lang },
      () => store.checkClaim(normalized, { fact, lang }),
      true,
    );
  });

  // Answers are built with their cache headers as whole Responses, which the route's typed union does not list.
  const postCheck: RouteHandler<typeof postCheckRoute, AppEnv> = (async (
    c: Parameters<RouteHandler<typeof postCheckRoute, AppEnv>>[0],
  ) => {
    const { store } = c.var;
    const body = c.req.valid("json");
    if ("claim" in body) {
      await requireFact(store, body.fact);
      const normalized = normalizeKey(body.claim);
      return cachedAnswer(
        c,
        store,
        memory,
        { claim: normalized, fact: body.fact, lang: body.lang },
        () => store.checkClaim(normalized, { fact: body.fact, lang: body.lang }),
        true,
      );
    }
    // Batches and articles are many checks in one request: counted once against the limit.
    await enforceRateLimit(c);
    if ("claims" in body) {
      const results = await Promise.all(
        body.claims.map((item) =>
          typeof item === "string"
            ? store.checkClaim(normalizeKey(item), { lang: body.lang })
            : store.checkClaim(normalizeKey(item.claim), { fact: item.fact, lang: body.lang }),
        ),
      );
      return versionedJson(c, store.version, { version: store.version, results });
    }
    return versionedJson(c, store.version, {
      version: store.version,
      ...(await store.checkArticle(body.text, body.lang)),
    });
  }) as unknown as RouteHandler<typeof postCheckRoute, AppEnv>;
  app.openapi(postCheckRoute, postCheck);
}
