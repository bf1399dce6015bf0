import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/limits.ts";
import type { ClaimCheckAnswer } from "../src/schemas.ts";
import { call, json, postJson, problemOf } from "./helpers.ts";
import { clientAddress } from "./security-helpers.ts";

const CLAIM = "China had 1.108 billion internet users in December 2024.";
const fromClient = () => ({ "CF-Connecting-IP": clientAddress() });
const check = (query: string) =>
  call(`/v1/check?claim=${encodeURIComponent(CLAIM)}&${query}`, { headers: fromClient() });

describe("published", () => {
  it.each(["2025-01-99", "2025-02-29", "2025-13-01", "0000-01-01", "1899-12-31", "2101-01-01", "2025-07-25Tgarbage"])(
    "refuses %s as no real day in a plausible year, on GET and POST",
    async (published) => {
      for (const response of [
        await check(`published=${encodeURIComponent(published)}`),
        await postJson("/v1/check", { claim: CLAIM, published }, fromClient()),
      ]) {
        expect(response.status).toBe(400);
        const problem = await problemOf(response);
        expect(problem.errors?.[0]?.path).toBe("published");
        expect(problem.detail).toMatch(/real day/);
      }
    },
  );

  it("refuses a published value longer than a date and time, without echoing it", async () => {
    const published = `2025-07-25T${"0".repeat(5000)}`;
    const response = await postJson("/v1/check", { claim: CLAIM, published }, fromClient());
    expect(response.status).toBe(400);
    expect((await response.text()).length).toBeLessThan(2000);
  });

  it.each(["2024-02-29", "2025-07", "2025-07-25T10:00:00+08:00", "2025-07-25T10:00:00Z", "1997-12-31"])(
    "accepts %s",
    async (published) => {
      expect((await check(`published=${encodeURIComponent(published)}`)).status).toBe(200);
    },
  );
});

describe("fact", () => {
  it("POST { claim, fact } bounds fact as GET does: a 200 KB id is refused, not echoed in a 404", async () => {
    const fact = `cn-${"x".repeat(200_000)}`;
    const response = await postJson("/v1/check", { claim: CLAIM, fact }, fromClient());
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(2000);
    expect(text).toContain("fact: a fact id is at most 80 characters");
  });
});

describe("Content-Type", () => {
  it.each([
    "application/json ; charset=utf-8",
    "application/json;charset=UTF-8",
    "Application/JSON",
    'application/json; charset="utf-8"',
  ])("accepts %s", async (type) => {
    const response = await call("/v1/check", {
      method: "POST",
      headers: { "Content-Type": type, ...fromClient() },
      body: JSON.stringify({ claim: CLAIM }),
    });
    expect(response.status).toBe(200);
    expect((await json<ClaimCheckAnswer>(response)).verdict).toBe("accurate");
  });

  it.each(["text/plain", "application/jsonx", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "refuses %s with 415, never 400",
    async (type) => {
      const response = await call("/v1/check", {
        method: "POST",
        headers: { "Content-Type": type, ...fromClient() },
        body: JSON.stringify({ claim: CLAIM }),
      });
      expect(response.status).toBe(415);
      expect((await problemOf(response)).code).toBe("unsupported-media-type");
    },
  );
});

describe("body errors name the field and the limit", () => {
  it(`${LIMITS.claimsPerBatch + 1} claims: "claims: at most ${LIMITS.claimsPerBatch}"`, async () => {
    const claims = Array.from({ length: LIMITS.claimsPerBatch + 1 }, (_, n) => `claim ${n}`);
    const problem = await problemOf(await postJson("/v1/check", { claims }, fromClient()));
    expect(problem.errors?.map((issue) => issue.path)).toEqual(["claims"]);
    expect(problem.detail).toContain(`claims: at most ${LIMITS.claimsPerBatch} claims per request`);
    expect(problem.detail).not.toContain("(root)");
  });

  it("a claim too long inside a batch names its place", async () => {
    const claims = ["fine", "x".repeat(LIMITS.claimLength + 1)];
    const problem = await problemOf(await postJson("/v1/check", { claims }, fromClient()));
    expect(problem.errors?.map((issue) => issue.path)).toEqual(["claims.1"]);
  });

  it("a text too long says so", async () => {
    const problem = await problemOf(
      await postJson("/v1/check", { text: "x".repeat(LIMITS.textLength + 1) }, fromClient()),
    );
    expect(problem.errors?.map((issue) => issue.path)).toEqual(["text"]);
  });

  it("a body with none of claim, claims or text says which fields are expected", async () => {
    const problem = await problemOf(await postJson("/v1/check", { claimz: "x" }, fromClient()));
    expect(problem.detail).toMatch(/claim.*claims.*text/);
  });
});
