export interface PrepaidUnitsOptions {
  /** Units one successful call to the binding buys. */
  readonly block: number;
  /** The binding's window: units left over expire with it. */
  readonly periodSeconds: number;
  /** Clients holding units at once; past it the oldest lose theirs (they pay again, never less). */
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
 */
export class PrepaidUnits {
  private readonly held = new Map<string, Held>();
  /** The tail of each client's queue of purchases: a burst waits for one block instead of buying one each. */
  private readonly queues = new Map<string, Promise<unknown>>();
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
  spend(client: string, cost: number, buy: Buy, now: () => number = Date.now): Promise<boolean> {
    if (cost <= 0) return Promise.resolve(true);
    const queued = this.queues.get(client);
    if (!queued && this.available(client, now()) >= cost) {
      this.take(client, cost, now());
      return Promise.resolve(true);
    }
    const turn = (queued ?? Promise.resolve()).then(() => this.settle(client, cost, buy, now));
    const tail = turn.catch(() => undefined);
    this.queues.set(client, tail);
    void tail.then(() => {
      if (this.queues.get(client) === tail) this.queues.delete(client);
    });
    return turn;
  }

  private async settle(client: string, cost: number, buy: Buy, now: () => number): Promise<boolean> {
    const at = now();
    const window = this.windowOf(at);
    const taken = this.take(client, cost, at);
    const owed = cost - taken;
    if (owed === 0) return true;
    const bought = (await buy(Math.ceil(owed / this.block))) * this.block;
    // Refused: the units it paid for stay with the client, for a request that fits them.
    this.give(client, bought >= owed ? bought - owed : taken + bought, window);
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
    if (taken === held.units) this.held.delete(client);
    else this.held.set(client, { window: held.window, units: held.units - taken });
    return taken;
  }

  private give(client: string, units: number, window: number): void {
    this.held.delete(client);
    if (units <= 0) return;
    this.held.set(client, { window, units });
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.maxClients) break;
      this.held.delete(oldest);
    }
  }

  private windowOf(at: number): number {
    return Math.floor(at / this.periodMs);
  }
}
