import { FACT_ID_MESSAGE, FACT_ID_PATTERN } from "@factline/core/schema";
import { seriesCsv } from "@factline/core/series";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { conditional, versionedBody, versionedJson } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { FactSchema, problemResponses } from "../schemas.ts";
import { entityParam } from "./metrics.ts";

const seriesRoute = createRoute({
  method: "get",
  path: "/v1/series/{metric}",
  summary: "One metric of one entity over time (JSON, or CSV for a spreadsheet)",
  description:
    "Every observation of the metric for the entity, oldest period first; a revised figure stays, marked current: false. `Accept: text/csv` gives the same series as CSV. An unknown metric gives an empty series.",
  request: {
    params: z.object({
      metric: z
        .string()
        .regex(FACT_ID_PATTERN, FACT_ID_MESSAGE)
        .max(80)
        .openapi({ param: { name: "metric", in: "path" }, example: "internet-users" }),
    }),
    query: z.object({
      entity: entityParam,
      v: z.string().optional().describe("dataset version, for immutable caching"),
    }),
  },
  responses: {
    200: {
      description: "the series",
      content: {
        "application/json": {
          schema: z.object({ version: z.string(), metric: z.string(), entity: z.string(), data: z.array(FactSchema) }),
        },
        "text/csv": {
          schema: z.string().describe("id, period, value, unit, figure as published, status, source, URL"),
        },
      },
    },
    304: { description: "not modified" },
    ...problemResponses("invalid-request"),
  },
});

/** GET /v1/series/{metric}, as JSON. */
export type Series = z.infer<(typeof seriesRoute)["responses"][200]["content"]["application/json"]["schema"]>;

export function registerSeries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(seriesRoute, async (c) => {
    const { store } = c.var;
    const { metric } = c.req.valid("param");
    const { entity } = c.req.valid("query");
    const data = await store.series(metric, entity);
    const { variant, unchanged } = conditional(c, store.version, "csv", data.length > 0);
    if (unchanged) return unchanged;
    if (variant.representation === "csv") return versionedBody(c, store.version, seriesCsv(data), variant) as never;
    return versionedJson(c, store.version, { version: store.version, metric, entity, data }, variant) as never;
  });
}
