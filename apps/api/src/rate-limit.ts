import type { Context } from "hono";
import type { AppEnv } from "./env.ts";
import { LIMITS, type RateName } from "./limits.ts";
import { PrepaidUnits } from "./prepaid-units.ts";
import { ProblemError } from "./problem.ts";

/** The first four groups of an IPv6 address (its /64), or null when it is not one. */
function ipv6Prefix64(address: string): string | null {
  const halves = address.toLowerCase().split("::");
  if (halves.length > 2) return null;
  const groups = (half: string | undefined) => (half ? half.split(":") : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  // A trailing dotted IPv4 part fills two groups.
  const width = (list: string[]) => list.reduce((sum, group) => sum + (group.includes(".") ? 2 : 1), 0);
  const missing = 8 - width(head) - width(tail);
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill("0"), ...tail];
  const prefix = all.slice(0, 4);
  if (!prefix.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return `${prefix.map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * Who a request is charged to: an IPv4 address, or an IPv6 client's /64 (one subscriber holds a whole
 * /64, so single addresses would be endless keys). IPv4-mapped IPv6 is the IPv4 address.
 */
export function clientKey(address: string | undefined): string {
  const trimmed = address?.trim() ?? "";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  const ipv4 = canonicalIpv4(mapped?.[1] ?? trimmed);
  if (ipv4) return ipv4;
  // Anything that is no address ("10.1.1.2, 1.2.3.4", a name, a typo) shares one budget: no fresh keys for free.
  return (trimmed.includes(":") && ipv6Prefix64(trimmed)) || UNPARSABLE_CLIENT;
}

/** Requests whose CF-Connecting-IP is missing or not an address: Cloudflare always sets a valid one. */
export const UNPARSABLE_CLIENT = "unparsable";

/** "010.1.1.2" and "10.1.1.2" are one client: each octet as a plain decimal, or null when it is not IPv4. */
function canonicalIpv4(text: string): string | null {
  const octets = text.split(".");
  if (octets.length !== 4 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) return null;
  return octets.map(Number).join(".");
}

const prepaid: Record<RateName, PrepaidUnits> = {
  checks: new PrepaidUnits(LIMITS.rates.checks),
  lookups: new PrepaidUnits(LIMITS.rates.lookups),
};

/** Charges `cost` units of one budget to this client; false when the budget is spent. */
export function charge(c: Context<AppEnv>, name: RateName, cost: number): Promise<boolean> {
  const key = clientKey(c.req.header("CF-Connecting-IP"));
  const binding = c.env[LIMITS.rates[name].binding];
  return prepaid[name].spend(key, cost, async (calls) => {
    const outcomes = await Promise.all(Array.from({ length: calls }, () => binding.limit({ key })));
    return outcomes.filter((outcome) => outcome.success).length;
  });
}

/** Charges `cost` units, or answers 429 with the budget that ran out. */
export async function enforce(c: Context<AppEnv>, name: RateName, cost: number): Promise<void> {
  const rate = LIMITS.rates[name];
  // More than a whole window's budget can never be paid: refuse before a single call to the binding.
  if (cost > rate.limit) {
    throw new ProblemError({
      code: "rate-limited",
      detail: `This request costs ${cost} units of the "${name}" budget, more than the ${rate.limit} a client has per ${rate.periodSeconds} seconds. One unit is one ${rate.unit}.`,
      hint: "Split the work into smaller requests: fewer claims, or a shorter text with fewer figures.",
      limit: { name, limit: rate.limit, periodSeconds: rate.periodSeconds, unit: rate.unit, cost },
      headers: { "Retry-After": String(rate.periodSeconds) },
    });
  }
  if (await charge(c, name, cost)) return;
  throw new ProblemError({
    code: "rate-limited",
    detail: `This client's "${name}" budget of ${rate.limit} units per ${rate.periodSeconds} seconds is spent${rate.block > 1 ? ` (units are bought in blocks of ${rate.block})` : ""}; this request needed ${cost}. One unit is one ${rate.unit}.`,
    hint:
      name === "checks"
        ? "Wait and retry, send fewer new claims per minute, or reuse answers: claims already checked are served from cache and cost nothing."
        : "Wait and retry; repeated searches are served from cache and cost nothing.",
    limit: { name, limit: rate.limit, periodSeconds: rate.periodSeconds, unit: rate.unit, cost },
    headers: { "Retry-After": String(rate.periodSeconds) },
  });
}
