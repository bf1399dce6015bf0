import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import type { FactStore } from "../store/fact-store.ts";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness and the dataset version served",
  responses: {
    200: {
      description: "ok",
      content: {
        "application/json": { schema: z.object({ ok: z.literal(true), version: z.string(), facts: z.number().int() }) },
      },
    },
  },
});

export function registerHealth(app: OpenAPIHono<AppEnv>, store: FactStore): void {
  app.openapi(healthRoute, async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ ok: true as const, version: store.version, facts: (await store.list({})).length }, 200);
  });
}
