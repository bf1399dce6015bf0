/**
 * A small per-isolate memory in front of the Workers Cache API: a repeated check is answered without
 * the cache round trip. Bounded, least recently used out first.
 */
export class AnswerMemory {
  private readonly entries = new Map<string, string>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
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
    this.entries.delete(key);
    this.entries.set(key, body);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
