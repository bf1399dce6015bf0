import { describe, expect, it } from "vitest";
import { type Buy, PrepaidUnits } from "./prepaid-units.ts";

/** A binding that allows `limit` calls per client, counting every call, as the Workers one does. */
function binding(limit: number) {
  let used = 0;
  let calls = 0;
  const buy: Buy = async (count) => {
    await Promise.resolve();
    calls += count;
    const allowed = Math.max(0, Math.min(count, limit - used));
    used += count;
    return allowed;
  };
  return { buy, calls: () => calls };
}

const MINUTE = { block: 10, periodSeconds: 60 };

describe("PrepaidUnits", () => {
  it("buys 100 units in ten calls, and serves the next request from what is left over", async () => {
    const units = new PrepaidUnits(MINUTE);
    const limiter = binding(12);
    expect(await units.spend("a", 95, limiter.buy)).toBe(true);
    expect(limiter.calls()).toBe(10);
    expect(await units.spend("a", 5, limiter.buy)).toBe(true);
    expect(limiter.calls()).toBe(10);
    expect(await units.spend("a", 1, limiter.buy)).toBe(true);
    expect(limiter.calls()).toBe(11);
  });

  it("lets exactly block × limit single units through, one after another", async () => {
    const units = new PrepaidUnits(MINUTE);
    const limiter = binding(12);
    const outcomes: boolean[] = [];
    for (let i = 0; i < 125; i++) outcomes.push(await units.spend("a", 1, limiter.buy));
    expect(outcomes.filter(Boolean).length).toBe(120);
    expect(outcomes.slice(0, 120).every(Boolean)).toBe(true);
  });

  it("serves a burst of concurrent requests from shared blocks instead of buying one each", async () => {
    const units = new PrepaidUnits(MINUTE);
    const limiter = binding(12);
    const outcomes = await Promise.all(Array.from({ length: 121 }, () => units.spend("a", 1, limiter.buy)));
    expect(outcomes.filter(Boolean).length).toBe(120);
    expect(outcomes.at(-1)).toBe(false);
    expect(limiter.calls()).toBe(13);
  });

  it("keeps each client's units apart", async () => {
    const units = new PrepaidUnits(MINUTE);
    const limiters = { a: binding(12), b: binding(12) };
    expect(await units.spend("a", 1, limiters.a.buy)).toBe(true);
    expect(await units.spend("b", 1, limiters.b.buy)).toBe(true);
    expect([limiters.a.calls(), limiters.b.calls()]).toEqual([1, 1]);
  });

  it("lets left-over units expire with the window they were bought in", async () => {
    const units = new PrepaidUnits(MINUTE);
    const limiter = binding(100);
    let clock = 59_000;
    expect(await units.spend("a", 1, limiter.buy, () => clock)).toBe(true);
    expect(await units.spend("a", 1, limiter.buy, () => clock)).toBe(true);
    expect(limiter.calls()).toBe(1);
    clock = 60_000;
    expect(await units.spend("a", 1, limiter.buy, () => clock)).toBe(true);
    expect(limiter.calls()).toBe(2);
  });

  it("refuses a request the binding refuses, and keeps what it paid for a request that fits", async () => {
    const units = new PrepaidUnits(MINUTE);
    const limiter = binding(12);
    expect(await units.spend("a", 95, limiter.buy)).toBe(true);
    expect(await units.spend("a", 100, limiter.buy)).toBe(false);
    // 5 left over plus 2 blocks bought before the refusal.
    expect(await units.spend("a", 25, limiter.buy)).toBe(true);
    expect(await units.spend("a", 1, limiter.buy)).toBe(false);
  });

  it("holds units for at most maxClients clients", async () => {
    const units = new PrepaidUnits({ ...MINUTE, maxClients: 50 });
    for (let i = 0; i < 500; i++) await units.spend(`client ${i}`, 1, binding(12).buy);
    expect(units.clients).toBe(50);
  });

  it("evicts the clients least recently served, so a burst of new ones cannot cost an active client its units", async () => {
    const units = new PrepaidUnits({ ...MINUTE, maxClients: 3 });
    const victim = binding(12);
    expect(await units.spend("victim", 1, victim.buy)).toBe(true);
    for (const name of ["new 1", "new 2"]) await units.spend(name, 1, binding(12).buy);
    expect(await units.spend("victim", 1, victim.buy)).toBe(true);
    await units.spend("new 3", 1, binding(12).buy);
    expect(await units.spend("victim", 1, victim.buy)).toBe(true);
    // Three units from the one block bought: none of the victim's units was evicted and bought again.
    expect(victim.calls()).toBe(1);
  });

  it("charges nothing for a cost of zero", async () => {
    const limiter = binding(12);
    expect(await new PrepaidUnits(MINUTE).spend("a", 0, limiter.buy)).toBe(true);
    expect(limiter.calls()).toBe(0);
  });
});
