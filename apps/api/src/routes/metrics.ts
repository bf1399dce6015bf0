import { metricToJsonLd } from "@factline/core/jsonld";
import { metricSchema } from "@factline/core/schema";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { conditional, versionedJson } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { FactSchema, problemResponses } from "../schemas.ts";

export const entityParam = z
  .string()
  .regex(/^[A-Z]{2}$/, "use the entity's ISO code, e.g. CN")
  .default("CN")
  .describe("the entity's ISO 3166-1 code; CN by default");

const MetricSummarySchema = metricSchema
  .extend({ latest: FactSchema.nullable().describe("the newest current observation of the entity, if any") })
  .meta({ id: "MetricSummary" });

const metricsRoute = createRoute({
  method: "get",
  path: "/v1/metrics",
  summary: "Every metric, with its latest observation",
  description:
    "The statistical variables the dataset holds (definition, units, the publisher's own name), each with the newest current observation for `entity`.",
  request: {
    query: z.object({
      entity: entityParam,
      v: z.string().optional().describe("dataset version, for immutable caching"),
    }),
  },
  responses: {
    200: {
      description: "the metrics",
      content: {
        "application/json": {
          schema: z.object({ version: z.string(), entity: z.string(), data: z.array(MetricSummarySchema) }),
        },
        "application/ld+json": {
          schema: z.array(z.record(z.string(), z.unknown())).describe("schema.org StatisticalVariable"),
        },
      },
    },
    304: { description: "not modified" },
    ...problemResponses("invalid-request"),
  },
});

/** GET /v1/metrics, as JSON. */
export type MetricList = z.infer<(typeof metricsRoute)["responses"][200]["content"]["application/json"]["schema"]>;

export function registerMetrics(app: OpenAPIHono<AppEnv>): void {
  app.openapi(metricsRoute, async (c) => {
    const { store } = c.var;
    // JSON, or schema.org StatisticalVariables for the same list when Accept asks for JSON-LD.
    const { entity } = c.req.valid("query");
    const data = await store.metrics(entity);
    const { variant, unchanged } = conditional(
      c,
      store.version,
      "ld",
      data.some((metric) => metric.latest !== null),
    );
    if (unchanged) return unchanged;
    if (variant.representation === "ld") {
      const origin = new URL(c.req.url).origin;
      return versionedJson(
        c,
        store.version,
        data.map((metric) => metricToJsonLd(metric, origin)),
        variant,
      ) as never;
    }
    return versionedJson(c, store.version, { version: store.version, entity, data }, variant) as never;
  });
}
