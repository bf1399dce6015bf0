import { MAX_FIGURES_PER_CLAIM } from "@factline/core/claims";
import { createRoute, type OpenAPIHono, type RouteHandler } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AnswerMemory } from "../answer-memory.ts";
import { boundArticle, boundCheck } from "../bound-answer.ts";
import {
  answerKey,
  cachedAnswer,
  digest,
  normalizeKey,
  notModified,
  recall,
  remember,
  versionedBody,
} from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { LIMITS, textCost, textFigureBudget } from "../limits.ts";
import { factNotFoundProblem, ProblemError } from "../problem.ts";
import { enforce } from "../rate-limit.ts";
import {
  ArticleCheckSchema,
  BatchCheckSchema,
  CheckBodySchema,
  CheckQuerySchema,
  ClaimCheckSchema,
  problemResponses,
} from "../schemas.ts";
import type { FactStore } from "../store/fact-store.ts";
import { suggestIds } from "../suggest.ts";

const getCheckRoute = createRoute({
  method: "get",
  path: "/v1/check",
  summary: "Check one claim (cacheable)",
  description: `The verdict for every figure in \`claim\` (at most ${LIMITS.claimLength} characters), overall the worst. \`fact\` pins the fact to check against. Answers carry \`X-Factline-Cache: hit|miss\`.`,
  request: { query: CheckQuerySchema },
  responses: {
    200: { description: "the verdict", content: { "application/json": { schema: ClaimCheckSchema } } },
    304: { description: "not modified" },
    ...problemResponses("invalid-request", "fact-not-found", "rate-limited"),
  },
});

const postCheckRoute = createRoute({
  method: "post",
  path: "/v1/check",
  summary: "Check a claim, a batch of claims, or an article draft",
  description: `\`{ claim }\` → one verdict; \`{ claims }\` (at most ${LIMITS.claimsPerBatch}) → \`{ results }\`; \`{ text }\` (at most ${LIMITS.textLength} characters) → every sentence with a figure, each with its verdict. Bodies over ${LIMITS.bodyBytes / 1024} KiB are refused with 413. Each claim not already cached costs one unit of the client's check budget (${LIMITS.rates.checks.limit} per ${LIMITS.rates.checks.periodSeconds} s), a text one per ${LIMITS.textCharsPerCheck} characters or ${LIMITS.textNumbersPerCheck} numbers, whichever is more (it reads at most ${LIMITS.textNumbersPerCheck} figures per unit and ${LIMITS.figuresPerAnswer} in all; later sentences are counted in \`sentencesOmitted\`); cached answers are free.`,
  request: { body: { required: true, content: { "application/json": { schema: CheckBodySchema } } } },
  responses: {
    200: {
      description: "verdicts",
      content: { "application/json": { schema: ClaimCheckSchema.or(BatchCheckSchema).or(ArticleCheckSchema) } },
    },
    ...problemResponses(
      "invalid-request",
      "invalid-json",
      "fact-not-found",
      "body-too-large",
      "unsupported-media-type",
      "rate-limited",
    ),
  },
});

/** What hono's validator reads as JSON: the media type before any parameters, in any case. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

/**
 * POST /v1/check reads JSON only: any other body is refused with 415 before it is read, and a JSON one is
 * passed on as plain application/json, so no spelling (`application/json ; charset=utf-8`) is accepted here
 * and refused by the route's own media-type check.
 */
const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("Content-Type") ?? "";
  if (!JSON_MEDIA_TYPE.test(type.split(";")[0]?.trim().toLowerCase() ?? "")) {
    throw new ProblemError({
      code: "unsupported-media-type",
      detail: `POST /v1/check takes a JSON body, but Content-Type is "${type.slice(0, 100) || "missing"}".`,
      hint: 'Send Content-Type: application/json with a body such as {"claim": "…"}.',
    });
  }
  if (type !== "application/json") {
    const headers = new Headers(c.req.raw.headers);
    headers.set("Content-Type", "application/json");
    c.req.raw = new Request(c.req.raw, { headers });
  }
  await next();
};

const limitBodySize = bodyLimit({
  maxSize: LIMITS.bodyBytes,
  onError: () => {
    throw new ProblemError({
      code: "body-too-large",
      detail: `The request body is over ${LIMITS.bodyBytes / 1024} KiB.`,
      hint: `Send at most ${LIMITS.claimsPerBatch} claims or ${LIMITS.textLength} characters of text per request.`,
    });
  },
});

/** The body guards of POST /v1/check, apart from the route so newApp can put them ahead of the store middleware. */
export function registerCheckGuards(app: OpenAPIHono<AppEnv>): void {
  app.post("/v1/check", requireJsonBody);
  app.post("/v1/check", limitBodySize);
}

async function requireFact(c: Context<AppEnv>, store: FactStore, id: string | undefined): Promise<void> {
  if (id === undefined || (await store.get(id))) return;
  throw factNotFoundProblem(
    `The claim is pinned to fact "${id}", which does not exist.`,
    await suggestIds(c, store, id),
    "Drop `fact` to let the checker find the fact, or list ids with GET /v1/facts.",
  );
}

const CHECK = { rate: "checks", cost: 1 } as const;

/** The whole batch as one cache key: a page that sends the same claims again costs one lookup, not a hundred. */
async function batchKey(
  c: Context<AppEnv>,
  store: FactStore,
  items: readonly { claim: string; fact: string | undefined }[],
  lang: string | undefined,
  published: string | undefined,
): Promise<string> {
  return answerKey(c, store, { batch: await digest(JSON.stringify(items)), lang, published });
}

/**
 * `{ claims }`: the batch from the edge cache when it was answered before; else each claim from this
 * isolate's memory when it can be. Only new claims are charged and computed. Per-claim edge-cache lookups
 * would cost a hundred subrequests a batch (most of a hostile batch's time), so claims are remembered in
 * the isolate and the batch at the edge.
 */
async function checkBatch(
  c: Context<AppEnv>,
  store: FactStore,
  memory: AnswerMemory,
  claims: readonly (string | { claim: string; fact?: string | undefined })[],
  lang: "en" | "zh" | undefined,
  published: string | undefined,
): Promise<Response> {
  const items = claims.map((item) =>
    typeof item === "string"
      ? { claim: normalizeKey(item), fact: undefined }
      : { claim: normalizeKey(item.claim), fact: item.fact },
  );
  const wholeBatch = await batchKey(c, store, items, lang, published);
  const answered = await recall(memory, wholeBatch);
  if (answered !== undefined) return versionedBody(c, store.version, answered, { cacheStatus: "hit" });
  // A batch shares one work budget: a hundred long claims get a few figures each, a few claims their full cap.
  // An answer the budget cut is remembered under a key of its own, never served as a single check's answer.
  const share = Math.floor(LIMITS.figuresPerBatch / items.length);
  const maxFigures = share >= MAX_FIGURES_PER_CLAIM ? undefined : Math.max(2, share);
  const claimDigests = await Promise.all(items.map((item) => digest(item.claim)));
  const keyOf = (index: number, figures?: string) =>
    answerKey(c, store, { claim: claimDigests[index], fact: items[index]?.fact, lang, published, figures });
  const keys = items.map((_, index) => keyOf(index));
  const cutKeys = items.map((_, index) => (maxFigures === undefined ? undefined : keyOf(index, String(maxFigures))));
  const bodies = items.map((_, index) => {
    const cut = cutKeys[index];
    return memory.get(keys[index] ?? "") ?? (cut === undefined ? undefined : memory.get(cut));
  });
  // A claim sent twice in one batch is computed and charged once.
  const firstOfKey = new Map<string, number>();
  const missing = items.flatMap((item, index) => {
    const key = keys[index] ?? "";
    if (bodies[index] !== undefined || firstOfKey.has(key)) return [];
    firstOfKey.set(key, index);
    return [{ item, index }];
  });
  await enforce(c, "checks", missing.length);
  const checks = await store.checkClaims(
    missing.map(({ item }) => ({ claim: item.claim, options: { fact: item.fact, lang, published, maxFigures } })),
  );
  for (const [at, { index }] of missing.entries()) {
    const check = checks[at];
    if (!check) continue;
    const body = JSON.stringify(boundCheck(check));
    // Whatever a reduced budget computed stays under the budget's key: no single check is ever served it.
    memory.set(cutKeys[index] ?? keys[index] ?? "", body);
    bodies[index] = body;
  }
  items.forEach((_, index) => {
    bodies[index] ??= bodies[firstOfKey.get(keys[index] ?? "") ?? index];
  });
  const answer = `{"version":${JSON.stringify(store.version)},"results":[${bodies.join(",")}]}`;
  remember(c, memory, wholeBatch, answer);
  return versionedBody(c, store.version, answer, { cacheStatus: missing.length === 0 ? "hit" : "miss" });
}

export function registerCheck(app: OpenAPIHono<AppEnv>, memory: AnswerMemory): void {
  app.openapi(getCheckRoute, async (c) => {
    const { store } = c.var;
    const { claim, fact, lang, published } = c.req.valid("query");
    await requireFact(c, store, fact);
    const cached = notModified(c, store.version);
    if (cached) return cached;
    const normalized = normalizeKey(claim);
    return cachedAnswer(
      c,
      store,
      memory,
      { claim: await digest(normalized), fact, lang, published },
      async () => boundCheck(await store.checkClaim(normalized, { fact, lang, published })),
      CHECK,
    );
  });

  // Answers are built with their cache headers as whole Responses, which the route's typed union does not list.
  const postCheck: RouteHandler<typeof postCheckRoute, AppEnv> = (async (
    c: Parameters<RouteHandler<typeof postCheckRoute, AppEnv>>[0],
  ) => {
    const { store } = c.var;
    const body = c.req.valid("json");
    if ("claim" in body) {
      await requireFact(c, store, body.fact);
      const normalized = normalizeKey(body.claim);
      return cachedAnswer(
        c,
        store,
        memory,
        { claim: await digest(normalized), fact: body.fact, lang: body.lang, published: body.published },
        async () =>
          boundCheck(
            await store.checkClaim(normalized, { fact: body.fact, lang: body.lang, published: body.published }),
          ),
        CHECK,
      );
    }
    if ("claims" in body) return checkBatch(c, store, memory, body.claims, body.lang, body.published);
    const { text, lang, published } = body;
    return cachedAnswer(
      c,
      store,
      memory,
      { text: await digest(text), lang, published },
      async () => ({
        version: store.version,
        ...boundArticle(await store.checkArticle(text, { lang, published, maxFigures: textFigureBudget(text) })),
      }),
      { rate: "checks", cost: textCost(text) },
    );
  }) as unknown as RouteHandler<typeof postCheckRoute, AppEnv>;
  app.openapi(postCheckRoute, postCheck);
}
