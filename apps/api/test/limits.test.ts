import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/limits.ts";
import { PROBLEMS } from "../src/problem-codes.ts";
import { call, json, type OpenApiDocument, postJson, present, problemOf } from "./helpers.ts";
import { clientAddress, distinct, inOneRateWindow } from "./security-helpers.ts";

describe("one statement of the limits and problems", () => {
  it("/docs states every limit from LIMITS and every problem from the table", async () => {
    const html = await (await call("/docs")).text();
    for (const rate of Object.values(LIMITS.rates)) expect(html).toContain(`${rate.limit} per ${rate.periodSeconds} s`);
    for (const value of [LIMITS.claimLength, LIMITS.textLength, LIMITS.figuresPerClaim, LIMITS.figuresPerAnswer])
      expect(html).toContain(value.toLocaleString("en"));
    expect(html).toContain(`${LIMITS.bodyBytes / 1024} KiB`);
    for (const [code, problem] of Object.entries(PROBLEMS)) {
      expect(html).toContain(`id="problem-${code}"`);
      expect(html).toContain(problem.title);
    }
    expect(html).toContain("internal-error");
  });

  it("the OpenAPI Problem schema lists exactly the problem codes, and routes their statuses", async () => {
    const doc = await json<OpenApiDocument>(await call("/openapi.json"));
    expect(doc.components?.schemas?.Problem).toMatchObject({ properties: { code: { enum: Object.keys(PROBLEMS) } } });
    expect(Object.keys(present(doc.paths?.["/v1/check"]?.post?.responses, "POST /v1/check responses"))).toEqual(
      expect.arrayContaining(["400", "404", "413", "415", "429", "500"]),
    );
    expect(Object.keys(present(doc.paths?.["/v1/search"]?.get?.responses, "GET /v1/search responses"))).toEqual(
      expect.arrayContaining(["400", "429", "500"]),
    );
  });

  it("the 413 problem states the body limit", async () => {
    const problem = await problemOf(await postJson("/v1/check", { text: "x".repeat(LIMITS.bodyBytes + 10) }));
    expect(problem.detail).toContain(`${LIMITS.bodyBytes / 1024} KiB`);
    expect(problem.title).toBe(PROBLEMS["body-too-large"].title);
  });

  it("the 429 problem states the budget that ran out, from LIMITS", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const batch = (n: number) => distinct(n, "China has 1.1 billion internet users");
      await postJson("/v1/check", { claims: batch(100) }, headers);
      const problem = await problemOf(await postJson("/v1/check", { claims: batch(100) }, headers));
      expect(problem.limit).toEqual({
        name: "checks",
        limit: LIMITS.rates.checks.limit,
        periodSeconds: LIMITS.rates.checks.periodSeconds,
        unit: LIMITS.rates.checks.unit,
        cost: 100,
      });
    });
  });

  it("derives 405 and Allow from the registered routes", async () => {
    for (const [path, allow] of [
      ["/v1/check", "GET, HEAD, POST"],
      ["/v1/facts/cn-internet-users-2024-12", "GET, HEAD"],
      ["/healthz", "GET, HEAD"],
      ["/openapi.json", "GET, HEAD"],
      ["/docs.css", "GET, HEAD"],
    ] as const) {
      const response = await call(path, { method: "DELETE" });
      expect(response.status, path).toBe(405);
      expect(response.headers.get("Allow"), path).toBe(allow);
    }
    expect((await call("/v1/no-such-route", { method: "DELETE" })).status).toBe(404);
  });
});
