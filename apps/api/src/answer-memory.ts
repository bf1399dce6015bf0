import { LIMITS } from "./limits.ts";

export interface AnswerMemoryOptions {
  /** Total size of keys and answers held, in bytes (two per UTF-16 code unit, the worst case). */
  readonly maxBytes?: number;
  /** Answers larger than this are not held at all. */
  readonly maxEntryBytes?: number;
}

const sizeOf = (key: string, body: string) => 2 * (key.length + body.length);

/**
 * A small per-isolate memory in front of the Workers Cache API: a repeated check is answered without
 * the cache round trip. Bounded by bytes, least recently used out first, large answers never held.
 */
export class AnswerMemory {
  private readonly entries = new Map<string, string>();
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;
  private held = 0;

  constructor({ maxBytes = LIMITS.memoryBytes, maxEntryBytes = LIMITS.memoryEntryBytes }: AnswerMemoryOptions = {}) {
    this.maxBytes = maxBytes;
    this.maxEntryBytes = Math.min(maxEntryBytes, maxBytes);
  }

  /** Bytes held now; never more than maxBytes. */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): string | undefined {
    const body = this.entries.get(key);
    if (body !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(key: string, body: string): void {
    this.delete(key);
    const size = sizeOf(key, body);
    if (size > this.maxEntryBytes) return;
    this.entries.set(key, body);
    this.held += size;
    for (const oldest of this.entries.keys()) {
      if (this.held <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const body = this.entries.get(key);
    if (body === undefined) return;
    this.entries.delete(key);
    this.held -= sizeOf(key, body);
  }
}
