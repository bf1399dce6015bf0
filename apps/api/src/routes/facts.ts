import { datasetToJsonLd, factToJsonLd } from "@factline/core/jsonld";
import { factIdSchema } from "@factline/core/schema";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { cacheControlFor, notModified, versionedBody, versionedJson } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { LIMITS } from "../limits.ts";
import { factNotFoundProblem, ProblemError } from "../problem.ts";
import { errorResponses, FactListSchema, FactSchema, FactsQuerySchema, ProblemSchema } from "../schemas.ts";

const listRoute = createRoute({
  method: "get",
  path: "/v1/facts",
  summary: "List facts, or fetch a batch by id",
  description: `With \`ids\` (comma-separated, at most ${LIMITS.idsPerBatch}), returns those facts and lists unknown ids in \`missing\`. Without it, every fact matching the filters.`,
  request: { query: FactsQuerySchema },
  responses: {
    200: {
      description: "facts; with Accept: application/ld+json, a schema.org Dataset",
      content: {
        "application/json": { schema: FactListSchema },
        "application/ld+json": { schema: z.object({}).passthrough() },
      },
    },
    304: { description: "not modified (If-None-Match matched the dataset version)" },
    400: errorResponses[400],
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/facts/{id}",
  summary: "One fact with its provenance",
  request: {
    params: z.object({
      id: factIdSchema.openapi({ param: { name: "id", in: "path" }, example: "cn-internet-users-2024-12" }),
    }),
    query: z.object({ v: z.string().optional() }),
  },
  responses: {
    200: {
      description: "the fact; with Accept: application/ld+json, a schema.org Observation",
      content: {
        "application/json": { schema: FactSchema },
        "application/ld+json": { schema: z.object({}).passthrough() },
      },
    },
    304: { description: "not modified" },
    404: {
      description: "no fact with that id; close ids are suggested",
      content: { "application/problem+json": { schema: ProblemSchema } },
    },
  },
});

function wantsJsonLd(accept: string | undefined): boolean {
  return accept?.includes("application/ld+json") ?? false;
}

/** schema.org JSON-LD (Observation, Dataset) for the same resource, when the client asks for it. */
function jsonLd(c: Context<AppEnv>, version: string, body: object): Response {
  return c.body(JSON.stringify(body), 200, {
    "Content-Type": "application/ld+json; charset=utf-8",
    ETag: `"${version}-ld"`,
    "Cache-Control": cacheControlFor(c, version),
    Vary: "Accept",
  });
}

export function registerFacts(app: OpenAPIHono<AppEnv>): void {
  const serialized = new WeakMap<object, string>();
  app.openapi(listRoute, async (c) => {
    const { store } = c.var;
    c.header("Vary", "Accept");
    const cached = notModified(c, store.version);
    if (cached) return cached;
    const { ids, include, v: _version, ...filter } = c.req.valid("query");
    if (ids !== undefined) {
      const wanted = [
        ...new Set(
          ids
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ];
      if (wanted.length === 0 || wanted.length > LIMITS.idsPerBatch) {
        throw new ProblemError({
          status: 400,
          code: "invalid-ids",
          title: "Invalid id batch",
          detail: `ids must name between 1 and ${LIMITS.idsPerBatch} facts; it named ${wanted.length}.`,
          hint: `Split the batch into requests of at most ${LIMITS.idsPerBatch} ids, separated by commas.`,
        });
      }
      const malformed = wanted.filter((id) => !factIdSchema.safeParse(id).success).length;
      if (malformed > 0) {
        throw new ProblemError({
          status: 400,
          code: "invalid-ids",
          title: "Invalid id batch",
          detail: `${malformed} of the ${wanted.length} ids are not fact ids.`,
          hint: "Fact ids are lowercase words and digits joined by dashes, e.g. cn-internet-users-2024-12; separate them with commas.",
        });
      }
      const { found, missing } = await store.getMany(wanted);
      const related = include === "related" ? await store.related(found.map((fact) => fact.id)) : undefined;
      return versionedJson(c, store.version, {
        version: store.version,
        data: found,
        missing,
        ...(related ? { related } : {}),
      });
    }
    const facts = await store.list(filter);
    if (wantsJsonLd(c.req.header("Accept")))
      return jsonLd(c, store.version, datasetToJsonLd(facts, store.version, new URL(c.req.url).origin));
    return versionedJson(c, store.version, { version: store.version, data: facts });
  });

  app.openapi(getRoute, async (c) => {
    const { store } = c.var;
    const { id } = c.req.valid("param");
    const fact = await store.get(id);
    if (!fact) {
      throw factNotFoundProblem(
        `There is no fact with id "${id}".`,
        await store.closestIds(id),
        "GET /v1/facts lists every id; GET /v1/search?q= finds facts by words.",
      );
    }
    const cached = notModified(c, store.version);
    if (cached) return cached;
    if (wantsJsonLd(c.req.header("Accept")))
      return jsonLd(c, store.version, factToJsonLd(fact, new URL(c.req.url).origin));
    c.header("Vary", "Accept");
    // Facts never change within a version: serialize each once per isolate.
    const body = serialized.get(fact) ?? JSON.stringify(fact);
    serialized.set(fact, body);
    return versionedBody(c, store.version, body);
  });
}
