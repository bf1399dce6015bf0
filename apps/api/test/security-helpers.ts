let clients = 0;

/** A client address no other test uses, so each test has its own rate-limit budget. */
export function clientAddress(): string {
  clients++;
  return `198.18.${Math.floor(clients / 250)}.${clients % 250}`;
}

let unique = 0;
/** `count` claims no test sent before: each one a cache miss. */
export function distinct(count: number, claim: string): string[] {
  const run = crypto.randomUUID().slice(0, 8);
  return Array.from({ length: count }, () => `${claim} (ref ${run}-${++unique})`);
}

/**
 * Runs `body` inside one rate-limit window: windows are aligned to the wall clock, so a test that spends
 * a budget and then meets the wall must not straddle a minute boundary.
 */
export async function inOneRateWindow<T>(body: () => Promise<T>, needSeconds = 20): Promise<T> {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 60_000 - needSeconds * 1000)
    await new Promise((resolve) => setTimeout(resolve, 60_100 - intoWindow));
  return body();
}
