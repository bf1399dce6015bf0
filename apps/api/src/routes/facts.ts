import { datasetToJsonLd, factToJsonLd } from "@factline/core/jsonld";
import { FACT_ID_MESSAGE, FACT_ID_PATTERN, type Fact, factIdSchema } from "@factline/core/schema";
import { createRoute, type OpenAPIHono, type RouteHandler, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { conditional, negotiate, notModified, type Variant, versionedBody, versionedJson } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { LIMITS } from "../limits.ts";
import { factNotFoundProblem, ProblemError } from "../problem.ts";
import { FactListSchema, FactSchema, FactsQuerySchema, jsonOrJsonLd, problemResponses } from "../schemas.ts";
import type { FactStore } from "../store/fact-store.ts";
import { suggestIds } from "../suggest.ts";

const listRoute = createRoute({
  method: "get",
  path: "/v1/facts",
  summary: "List facts, or fetch a batch by id",
  description: `With \`ids\` (comma-separated, at most ${LIMITS.idsPerBatch}), returns those facts and lists unknown ids in \`missing\`. Without it, every fact matching the filters.`,
  request: { query: FactsQuerySchema },
  responses: {
    200: jsonOrJsonLd("facts; with Accept: application/ld+json, a schema.org Dataset", FactListSchema),
    304: { description: "not modified (If-None-Match matched this representation's ETag)" },
    ...problemResponses("invalid-request", "invalid-ids"),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/facts/{id}",
  summary: "One fact with its provenance",
  request: {
    params: z.object({
      // Built from hono's z, whose schemas carry .openapi() whatever order modules load in.
      id: z
        .string()
        .regex(FACT_ID_PATTERN, FACT_ID_MESSAGE)
        .max(80)
        .openapi({ param: { name: "id", in: "path" }, example: "cn-internet-users-2024-12" }),
    }),
    query: z.object({ v: z.string().optional() }),
  },
  responses: {
    200: jsonOrJsonLd("the fact; with Accept: application/ld+json, a schema.org Observation", FactSchema),
    304: { description: "not modified" },
    ...problemResponses("fact-not-found"),
  },
});

/** Periods a line may join: month-ends with month-ends, a year's total with other years', a first half with first halves. */
function sameShape(a: Fact["period"], b: Fact["period"]): boolean {
  if (a.kind !== "span" || b.kind !== "span") return a.kind === b.kind;
  return a.start.slice(5) === b.start.slice(5) && a.end.slice(5) === b.end.slice(5);
}

/** Each requested fact's metric over time, current values only: what a card's sparkline draws. One store read. */
async function seriesOf(store: FactStore, facts: readonly Fact[]) {
  const first = new Map<string, Fact>();
  for (const fact of facts) {
    const key = `${fact.metric}:${fact.entity.code}`;
    if (!first.has(key)) first.set(key, fact);
  }
  const wanted = [...first.values()];
  const all = await store.seriesMany(wanted.map((fact) => ({ metric: fact.metric, entity: fact.entity.code })));
  const series: Record<string, { period: Fact["period"]; value: number }[]> = {};
  wanted.forEach((fact, index) => {
    series[`${fact.metric}:${fact.entity.code}`] = (all[index] ?? [])
      .filter((point) => point.current && sameShape(point.period, fact.period))
      .map((point) => ({ period: point.period, value: point.value }));
  });
  return series;
}

/** The batch's distinct ids; invalid-ids when it names none, too many, or something that is not a fact id. */
function wantedIds(ids: string): string[] {
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
      code: "invalid-ids",
      detail: `ids must name between 1 and ${LIMITS.idsPerBatch} facts; it named ${wanted.length}.`,
      hint: `Split the batch into requests of at most ${LIMITS.idsPerBatch} ids, separated by commas.`,
    });
  }
  const malformed = wanted.filter((id) => !factIdSchema.safeParse(id.replace(/^latest:/, "")).success).length;
  if (malformed > 0) {
    throw new ProblemError({
      code: "invalid-ids",
      detail: `${malformed} of the ${wanted.length} ids are not fact ids.`,
      hint: "Fact ids are lowercase words and digits joined by dashes, e.g. cn-internet-users-2024-12; separate them with commas.",
    });
  }
  return wanted;
}

/** "latest:internet-users" names whatever is newest in this version: one request for a "latest" card. */
async function latestIds(store: FactStore, wanted: readonly string[]): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  const metrics = wanted.some((id) => id.startsWith("latest:")) ? await store.metrics("CN") : [];
  for (const id of wanted) {
    const newest = id.startsWith("latest:")
      ? metrics.find((metric) => `latest:${metric.id}` === id)?.latest
      : undefined;
    if (newest) latest.set(id, newest.id);
  }
  return latest;
}

/** The facts `ids` names, unknown ids in `missing`, with their related facts and series when `include` asks. */
async function factBatch(
  c: Context<AppEnv>,
  store: FactStore,
  ids: string,
  include: string | undefined,
): Promise<Response> {
  const wanted = wantedIds(ids);
  const includes = new Set(include?.split(","));
  const latest = await latestIds(store, wanted);
  const { found, missing } = await store.getMany(wanted.map((id) => latest.get(id) ?? id));
  const unchanged = notModified(c, store.version, {}, found.length > 0);
  if (unchanged) return unchanged;
  const related = includes.has("related") ? await store.related(found.map((fact) => fact.id)) : undefined;
  const series = includes.has("series") ? await seriesOf(store, found) : undefined;
  return versionedJson(c, store.version, {
    version: store.version,
    data: found,
    missing,
    ...(latest.size > 0 ? { latest: Object.fromEntries(latest) } : {}),
    ...(related ? { related } : {}),
    ...(series ? { series } : {}),
  });
}

/** GET /v1/facts: a batch by id, or every fact matching the filters. */
const listFacts: RouteHandler<typeof listRoute, AppEnv> = async (c) => {
  const { store } = c.var;
  const { ids, include, v: _version, ...filter } = c.req.valid("query");
  // A batch is JSON only; the whole list is negotiated.
  const variant: Variant = ids === undefined ? negotiate(c.req.header("Accept"), "ld") : {};
  if (ids !== undefined) return factBatch(c, store, ids, include);
  const facts = await store.list(filter);
  const cached = notModified(c, store.version, variant, facts.length > 0);
  if (cached) return cached;
  if (variant.representation === "ld")
    return versionedJson(c, store.version, datasetToJsonLd(facts, store.version, new URL(c.req.url).origin), variant);
  return versionedJson(c, store.version, { version: store.version, data: facts }, variant);
};

/** GET /v1/facts/{id}, answering from `serialized`, the JSON of each fact already served. */
function getFact(serialized: WeakMap<Fact, string>): RouteHandler<typeof getRoute, AppEnv> {
  return async (c) => {
    const { store } = c.var;
    const { id } = c.req.valid("param");
    const fact = await store.get(id);
    if (!fact) {
      throw factNotFoundProblem(
        `There is no fact with id "${id}".`,
        await suggestIds(c, store, id),
        "GET /v1/facts lists every id; GET /v1/search?q= finds facts by words.",
      );
    }
    const { variant, unchanged } = conditional(c, store.version, "ld");
    if (unchanged) return unchanged;
    if (variant.representation === "ld")
      return versionedJson(c, store.version, factToJsonLd(fact, new URL(c.req.url).origin), variant);
    const body = serialized.get(fact) ?? JSON.stringify(fact);
    serialized.set(fact, body);
    return versionedBody(c, store.version, body, variant);
  };
}

export function registerFacts(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, listFacts);
  // Facts never change within a version: serialize each once per isolate (bounded by the dataset).
  app.openapi(getRoute, getFact(new WeakMap()));
}
