import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { newApp } from "../../src/app.ts";

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 by the specification's own JSON Schema", async () => {
    // /openapi.json needs no binding: the app answers it on Node as in workerd.
    const response = await newApp().request("/openapi.json");
    const document = await response.json();
    const validator = new Validator();
    const result = await validator.validate(document as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });
});
