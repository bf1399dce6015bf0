import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness and the dataset version served",
  responses: {
    200: {
      description: "ok",
      content: {
        "application/json": {
          schema: z.object({
            ok: z.literal(true),
            version: z.string(),
            store: z.enum(["embedded", "d1"]),
            facts: z.number().int(),
          }),
        },
      },
    },
  },
});

/** GET /healthz. */
export type Health = z.infer<(typeof healthRoute)["responses"][200]["content"]["application/json"]["schema"]>;

export function registerHealth(app: OpenAPIHono<AppEnv>): void {
  app.openapi(healthRoute, async (c) => {
    const { store } = c.var;
    c.header("Cache-Control", "no-store");
    return c.json({ ok: true as const, version: store.version, store: store.kind, facts: store.size }, 200);
  });
}
