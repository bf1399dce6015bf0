import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/limits.ts";
import { call, postJson, present, problemOf } from "./helpers.ts";
import { clientAddress, distinct, inOneRateWindow } from "./security-helpers.ts";

const CLAIM = "China has 1.1 billion internet users";

describe("fair limits", () => {
  it("charges a batch per new claim: the second batch of 100 new claims in a minute meets 429", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const first = distinct(100, CLAIM);
      expect((await postJson("/v1/check", { claims: first }, headers)).status).toBe(200);
      const second = await postJson("/v1/check", { claims: distinct(100, CLAIM) }, headers);
      expect(second.status).toBe(429);
      expect(second.headers.get("Retry-After")).toBe(String(LIMITS.rates.checks.periodSeconds));
      expect((await problemOf(second)).code).toBe("rate-limited");
      // Cached answers stay free. (A single check of one of these claims is not: a budget-cut batch answer is
      // never served as a full one, see batch-budget.test.ts.)
      const again = await postJson("/v1/check", { claims: first }, headers);
      expect(again.status).toBe(200);
      expect(again.headers.get("X-Factline-Cache")).toBe("hit");
    }, 40);
  }, 120_000);

  it("lets a burst of concurrent new single checks through up to the budget, not one per block", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const statuses = await Promise.all(
        distinct(LIMITS.rates.checks.limit, CLAIM).map(
          async (claim) => (await call(`/v1/check?claim=${encodeURIComponent(claim)}`, { headers })).status,
        ),
      );
      expect(statuses.filter((status) => status === 200).length).toBe(LIMITS.rates.checks.limit);
      const over = await call(`/v1/check?claim=${encodeURIComponent(distinct(1, CLAIM)[0] ?? "")}`, { headers });
      expect(over.status).toBe(429);
    }, 40);
  }, 90_000);

  it("answers every request of six back-to-back bursts, each a client's whole budget of new single checks", async () => {
    // A request chained on another's purchase made its calls to the binding as that request's I/O: when that one
    // ended first they were lost ("Cannot perform I/O on behalf of a different request"), and the rest hung.
    const statuses = new Map<number | string, number>();
    for (let burst = 0; burst < 6; burst++) {
      const headers = { "CF-Connecting-IP": clientAddress() };
      await Promise.all(
        distinct(LIMITS.rates.checks.limit, CLAIM).map(async (claim) => {
          const status = await call(`/v1/check?claim=${encodeURIComponent(claim)}`, { headers }).then(
            async (response) => {
              await response.arrayBuffer();
              return response.status;
            },
            (error: unknown) => String(error).slice(0, 80),
          );
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
      );
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 6 * LIMITS.rates.checks.limit });
  }, 120_000);

  it("charges a text per 2,000 characters", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const prose = (length: number) =>
        `${crypto.randomUUID().replace(/[\d-]/g, "")} Plain words without figures. `.repeat(length).slice(0, length);
      expect((await postJson("/v1/check", { claims: distinct(100, CLAIM) }, headers)).status).toBe(200);
      // 100 units spent; 40,000 characters cost 20 more, exactly the rest of the budget.
      expect((await postJson("/v1/check", { text: prose(40_000) }, headers)).status).toBe(200);
      const over = await postJson("/v1/check", { text: prose(10) }, headers);
      expect(over.status).toBe(429);
      expect((await problemOf(over)).limit).toMatchObject({ name: "checks", cost: 1 });
    });
  });

  it("charges a text dense with numbers per 12 numbers, not per 2,000 characters", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      // 2,000 characters holding 240 numbers cost 20 units, not 1: six such texts are over the 120.
      const dense = () => `${crypto.randomUUID().replace(/[\d-]/g, "")}。${"网民1亿。".repeat(240)}`.slice(0, 2000);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await postJson("/v1/check", { text: dense() }, headers)).status);
      expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(statuses[6]).toBe(429);
    });
  });

  it("refuses at once a text that costs more than a whole budget, saying how to fix it", async () => {
    const headers = { "CF-Connecting-IP": clientAddress() };
    const text = `${crypto.randomUUID().replace(/[\d-]/g, "")}。${"网民1亿。".repeat(19_000)}`;
    const refused = await postJson("/v1/check", { text }, headers);
    expect(refused.status).toBe(429);
    const problem = await problemOf(refused);
    expect(problem.detail).toContain(`more than the ${LIMITS.rates.checks.limit}`);
    expect(problem.hint).toMatch(/^Split/);
    // Nothing was spent on it: the client's whole budget is still there.
    expect((await postJson("/v1/check", { claims: distinct(100, CLAIM) }, headers)).status).toBe(200);
  });

  it("limits a burst of new searches, but not cached ones", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const repeated = `/v1/search?q=${encodeURIComponent(`users ${crypto.randomUUID()}`)}`;
      expect((await call(repeated, { headers })).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < LIMITS.rates.lookups.limit + 5; i++)
        statuses.push((await call(`/v1/search?q=internet+users+${crypto.randomUUID()}`, { headers })).status);
      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status === 200).length).toBe(LIMITS.rates.lookups.limit - 1);
      const cached = await call(repeated, { headers });
      expect(cached.status).toBe(200);
      expect(cached.headers.get("X-Factline-Cache")).toBe("hit");
    });
  });

  it("stops suggesting ids on 404s once the lookup budget is spent, still answering 404", async () => {
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const suggestions: number[] = [];
      for (let i = 0; i <= LIMITS.rates.lookups.limit; i++) {
        const response = await call(`/v1/facts/cn-internet-user-2024-1${i}`, { headers });
        expect(response.status).toBe(404);
        suggestions.push(present((await problemOf(response)).suggestions, "suggestions").length);
      }
      expect(suggestions[0]).toBeGreaterThan(0);
      expect(suggestions.at(-1)).toBe(0);
    });
  });

  it("keys IPv6 clients by /64: another address in the same /64 shares the budget", async () => {
    await inOneRateWindow(async () => {
      const prefix = `2001:db8:${(Date.now() % 65_536).toString(16)}:${Math.floor(Math.random() * 65_536).toString(16)}`;
      const spend = await postJson(
        "/v1/check",
        { claims: distinct(100, CLAIM) },
        { "CF-Connecting-IP": `${prefix}::1` },
      );
      expect(spend.status).toBe(200);
      const sameSubnet = await postJson(
        "/v1/check",
        { claims: distinct(30, CLAIM) },
        { "CF-Connecting-IP": `${prefix}:ffff:1:2:3` },
      );
      expect(sameSubnet.status).toBe(429);
      const otherSubnet = await postJson(
        "/v1/check",
        { claims: distinct(30, CLAIM) },
        { "CF-Connecting-IP": `${prefix.replace(/:[0-9a-f]+$/, ":1")}::1` },
      );
      expect(otherSubnet.status).toBe(200);
    });
  });
});
