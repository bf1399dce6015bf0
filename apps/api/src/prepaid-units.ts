export interface PrepaidUnitsOptions {
  /** Units one successful call to the binding buys. */
  readonly block: number;
  /** The binding's window: units left over expire with it. */
  readonly periodSeconds: number;
  /** Clients holding units at once; past it the least recently served lose theirs (they pay again, never less). */
  readonly maxClients?: number;
}

/** Makes `calls` calls to a rate-limit binding for one client; resolves to how many succeeded. */
export type Buy = (calls: number) => Promise<number>;

interface Held {
  readonly window: number;
  readonly units: number;
}

/**
 * A client's budget bought from a rate-limit binding in blocks, per isolate. The binding counts one per
 * call, so charging 100 claims unit by unit is 100 calls; bought by the block it is a tenth of that, and
 * what a request leaves over pays for the client's next ones here. A client never gets more units than
 * it bought; it can meet 429 up to block − 1 units early in each isolate it reaches.
 *
 * Requests share only numbers here, never a promise: workerd runs a promise's continuations in the request
 * that created it, so a request chained on another's purchase would make its own calls to the binding as
 * I/O of that other request (lost, or "Cannot perform I/O on behalf of a different request", when that one
 * ends first). While one of a client's requests is buying, the others wait on timers of their own.
 */
/** Longest pause between two looks at a purchase under way. */
const MAX_PAUSE_MS = 16;
/** How long a request waits for another's purchase before buying for itself. */
const PURCHASE_WAIT_MS = 2000;

export class PrepaidUnits {
  private readonly held = new Map<string, Held>();
  /** The client's purchase under way, one at a time: a burst waits for one block instead of buying one each. */
  private readonly buying = new Map<string, object>();
  private readonly block: number;
  private readonly periodMs: number;
  private readonly maxClients: number;

  constructor({ block, periodSeconds, maxClients = 4096 }: PrepaidUnitsOptions) {
    this.block = block;
    this.periodMs = periodSeconds * 1000;
    this.maxClients = maxClients;
  }

  /** Clients holding units now; never more than maxClients. */
  get clients(): number {
    return this.held.size;
  }

  /** Spends `cost` units of `client`'s budget, buying blocks as needed; false when the binding refuses. */
  async spend(client: string, cost: number, buy: Buy, now: () => number = Date.now): Promise<boolean> {
    if (cost <= 0) return true;
    let waited = 0;
    for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
      if (!this.buying.has(client) && this.available(client, now()) >= cost) {
        this.take(client, cost, now());
        return true;
      }
      // A purchase that never ends (its request was cancelled) holds the others up for PURCHASE_WAIT_MS at most.
      if (!this.buying.has(client) || waited >= PURCHASE_WAIT_MS) return this.purchase(client, cost, buy, now);
      await new Promise((resolve) => setTimeout(resolve, pause));
      waited += pause;
    }
  }

  private async purchase(client: string, cost: number, buy: Buy, now: () => number): Promise<boolean> {
    const mine = {};
    this.buying.set(client, mine);
    try {
      return await this.settle(client, cost, buy, now);
    } finally {
      if (this.buying.get(client) === mine) this.buying.delete(client);
    }
  }

  private async settle(client: string, cost: number, buy: Buy, now: () => number): Promise<boolean> {
    const at = now();
    const window = this.windowOf(at);
    const taken = this.take(client, cost, at);
    const owed = cost - taken;
    if (owed === 0) return true;
    const bought = (await buy(Math.ceil(owed / this.block))) * this.block;
    // Refused: the units it paid for stay with the client, for a request that fits them.
    this.give(client, bought >= owed ? bought - owed : taken + bought, window, now());
    return bought >= owed;
  }

  /** The client's units of the current window. */
  private available(client: string, at: number): number {
    const held = this.held.get(client);
    return held && held.window === this.windowOf(at) ? held.units : 0;
  }

  /** Takes up to `wanted` of the client's units of the current window; returns how many. */
  private take(client: string, wanted: number, at: number): number {
    const held = this.held.get(client);
    if (!held) return 0;
    if (held.window !== this.windowOf(at)) {
      this.held.delete(client);
      return 0;
    }
    const taken = Math.min(held.units, wanted);
    // Deleted first, so the client moves to the newest end: eviction takes the least recently served.
    this.held.delete(client);
    if (taken < held.units) this.held.set(client, { window: held.window, units: held.units - taken });
    return taken;
  }

  /** Adds units bought in `window` to what the client holds; units of a past window are dropped. */
  private give(client: string, units: number, window: number, at: number): void {
    if (units <= 0 || window !== this.windowOf(at)) return;
    const kept = this.available(client, at);
    this.held.delete(client);
    this.held.set(client, { window, units: kept + units });
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.maxClients) break;
      this.held.delete(oldest);
    }
  }

  private windowOf(at: number): number {
    return Math.floor(at / this.periodMs);
  }
}
