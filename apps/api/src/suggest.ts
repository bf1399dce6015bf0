import type { Context } from "hono";
import type { AppEnv } from "./env.ts";
import { charge } from "./rate-limit.ts";
import type { FactStore } from "./store/fact-store.ts";

/** Close ids for a 404, while the client's lookup budget lasts; after that the 404 comes without them. */
export async function suggestIds(c: Context<AppEnv>, store: FactStore, id: string): Promise<string[]> {
  return (await charge(c, "lookups", 1)) ? store.closestIds(id) : [];
}
