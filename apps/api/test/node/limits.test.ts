import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/limits.ts";

/** wrangler.jsonc without its comments and trailing commas. */
type RateLimits = { name: string; simple: { limit: number; period: number } }[];

function wranglerConfig(): {
  ratelimits: RateLimits;
  env: Record<string, { ratelimits: RateLimits }>;
  observability?: { enabled?: boolean; head_sampling_rate?: number };
} {
  const text = readFileSync(join(import.meta.dirname, "..", "..", "wrangler.jsonc"), "utf8");
  const json = text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, string) => string ?? "")
    .replace(/,(\s*[}\]])/g, "$1");
  return JSON.parse(json);
}

describe("rate limits", () => {
  it("are the same in LIMITS (served on /docs and in 429s) and in wrangler.jsonc (enforced, by the block)", () => {
    const config = wranglerConfig();
    const declaredIn = (ratelimits: RateLimits) =>
      ratelimits
        .map((binding) => ({ binding: binding.name, ...binding.simple }))
        .sort((a, b) => a.binding.localeCompare(b.binding));
    const stated = Object.values(LIMITS.rates)
      .map((rate) => ({ binding: rate.binding, limit: rate.limit / rate.block, period: rate.periodSeconds }))
      .sort((a, b) => a.binding.localeCompare(b.binding));
    expect(declaredIn(config.ratelimits)).toEqual(stated);
    for (const [name, env] of Object.entries(config.env)) expect(declaredIn(env.ratelimits), name).toEqual(stated);
    for (const rate of Object.values(LIMITS.rates)) expect(Number.isInteger(rate.limit / rate.block)).toBe(true);
  });
});

describe("observability", () => {
  it("is on, so each request's log line reaches Workers Logs and `wrangler tail`", () => {
    expect(wranglerConfig().observability?.enabled).toBe(true);
  });
});
