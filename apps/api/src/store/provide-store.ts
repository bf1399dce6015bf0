import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import { createEmbeddedStore } from "./embedded-store.ts";
import type { FactStore } from "./fact-store.ts";
import { createStoreResolver } from "./resolve-store.ts";

/** The routes that read facts; static assets never wait for a dataset. */
const STORE_PATHS = ["/v1/*", "/healthz", "/openapi.json", "/docs"];

/** Sets c.var.store: the given store, else the one the request's bindings select. */
export function provideStore(app: OpenAPIHono<AppEnv>, store: FactStore | undefined): void {
  let embedded = store;
  const resolveStore = createStoreResolver(() => {
    embedded ??= createEmbeddedStore();
    return embedded;
  });
  for (const path of STORE_PATHS) {
    app.use(path, async (c, next) => {
      // Node callers (the OpenAPI test, the in-process bench) pass no bindings.
      c.set("store", store ?? (await resolveStore(c.env ?? {})));
      await next();
    });
  }
}
