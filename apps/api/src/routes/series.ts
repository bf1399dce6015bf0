import { factIdSchema } from "@factline/core/schema";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { notModified, versionedJson } from "../cache.ts";
import type { AppEnv } from "../env.ts";
import { FactSchema, problemResponses } from "../schemas.ts";

const seriesRoute = createRoute({
  method: "get",
  path: "/v1/series/{metric}",
  summary: "One metric of one entity over time",
  description: "Every fact of the metric for the entity, oldest period first. An unknown metric gives an empty list.",
  request: {
    params: z.object({
      metric: factIdSchema.openapi({ param: { name: "metric", in: "path" }, example: "internet-users" }),
    }),
    query: z.object({
      entity: z
        .string()
        .regex(/^[A-Z][A-Z0-9]{1,7}$/, "use the entity's code, e.g. CN")
        .describe("the entity's code, e.g. CN"),
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
      },
    },
    304: { description: "not modified" },
    ...problemResponses("invalid-request"),
  },
});

export function registerSeries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(seriesRoute, async (c) => {
    const { store } = c.var;
    const cached = notModified(c, store.version);
    if (cached) return cached;
    const { metric } = c.req.valid("param");
    const { entity } = c.req.valid("query");
    return versionedJson(c, store.version, {
      version: store.version,
      metric,
      entity,
      data: await store.series(metric, entity),
    }) as never;
  });
}
