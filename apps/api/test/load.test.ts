import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AnswerMemory } from "../src/answer-memory.ts";
import { newApp } from "../src/app.ts";
import { LIMITS } from "../src/limits.ts";

/** A bounded mix of what readers and scripts send; `npm run bench` runs the long soak. */
function requestMix(round: number, run: string): { path: string; init?: RequestInit }[] {
  const client = { "CF-Connecting-IP": `192.0.2.${round % 200}` };
  const fresh = `${run}-${round}`;
  return [
    { path: "/v1/facts/cn-internet-users-2024-12" },
    { path: "/v1/facts?ids=cn-internet-users-2024-12,cn-online-shoppers-2024-12&include=related" },
    { path: "/v1/check?claim=China%27s%20internet%20users%20topped%201.1%20billion" },
    {
      path: `/v1/check?claim=${encodeURIComponent(`China has 974 million internet users ${fresh}`)}`,
      init: { headers: client },
    },
    { path: `/v1/search?q=${encodeURIComponent(`online retail ${fresh}`)}`, init: { headers: client } },
    { path: "/v1/search?q=users&limit=50" },
    { path: `/v1/facts/cn-internet-user-${fresh}`, init: { headers: client } },
    {
      path: "/v1/check",
      init: {
        method: "POST",
        headers: { ...client, "Content-Type": "application/json" },
        body: JSON.stringify({ claims: [`网购用户规模为9.74亿人 ${fresh}`, "我国网民规模达11.08亿人。"] }),
      },
    },
    { path: "/healthz" },
  ];
}

describe("bounded load", () => {
  it("answers 594 mixed requests, 27 at a time, with no 5xx and the answer memory within its bound", async () => {
    const memory = new AnswerMemory();
    const app = newApp({ memory });
    const run = crypto.randomUUID().slice(0, 8);
    const statuses = new Map<number, number>();
    let healthy = 0;
    for (let wave = 0; wave < 22; wave++) {
      const batch = [0, 1, 2].flatMap((offset) => requestMix(wave * 3 + offset, run));
      await Promise.all(
        batch.map(async ({ path, init }) => {
          const ctx = createExecutionContext();
          const response = await app.fetch(new Request(`https://facts.example.org${path}`, init), env, ctx);
          await response.arrayBuffer();
          await waitOnExecutionContext(ctx);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (path === "/healthz" && response.ok) healthy++;
        }),
      );
      expect(memory.bytes).toBeLessThanOrEqual(LIMITS.memoryBytes);
    }
    const total = [...statuses.values()].reduce((a, b) => a + b);
    expect(total).toBe(594);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect([...statuses.keys()].every((status) => [200, 404, 429].includes(status))).toBe(true);
    expect(healthy).toBe(66);
    expect(memory.size).toBeGreaterThan(0);
  });
});
