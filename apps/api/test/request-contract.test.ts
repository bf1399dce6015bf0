import { describe, expect, it } from "vitest";

import { call, postJson, problemOf } from "./helpers.ts";
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
