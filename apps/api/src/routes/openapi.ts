import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";

type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>;

/** One document per dataset version: its info.version is the version served. */
export function openApiDocuments(app: OpenAPIHono<AppEnv>): (version: string) => OpenApiDocument {
  let latest: { version: string; doc: OpenApiDocument } | undefined;
  return (version) => {
    if (latest?.version !== version) {
      const info = {
        title: "factline API",
        version,
        description: "Verified statistics with full provenance, and a claim checker for English and Chinese.",
      };
      latest = { version, doc: app.getOpenAPI31Document({ openapi: "3.1.0", info }) };
    }
    return latest.doc;
  };
}

export function registerOpenApi(app: OpenAPIHono<AppEnv>, document: (version: string) => OpenApiDocument): void {
  app.get("/openapi.json", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.json(document(c.var.store.version));
  });
}
