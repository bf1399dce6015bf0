import { describe, expect, it } from "vitest";
import { AnswerMemory } from "./answer-memory.ts";

describe("AnswerMemory", () => {
  it("drops the least recently used answer when over its byte budget", () => {
    // Each entry: key 1 + body 9 code units = 20 bytes.
    const memory = new AnswerMemory({ maxBytes: 40, maxEntryBytes: 40 });
    memory.set("a", "1".repeat(9));
    memory.set("b", "2".repeat(9));
    expect(memory.get("a")).toBe("1".repeat(9));
    memory.set("c", "3".repeat(9));
    expect(memory.get("b")).toBeUndefined();
    expect(memory.get("a")).toBe("1".repeat(9));
    expect(memory.get("c")).toBe("3".repeat(9));
    expect(memory.bytes).toBe(40);
  });

  it("never holds an answer over the entry size, and counts a replaced answer once", () => {
    const memory = new AnswerMemory({ maxBytes: 1000, maxEntryBytes: 100 });
    memory.set("big", "x".repeat(100));
    expect(memory.get("big")).toBeUndefined();
    expect(memory.bytes).toBe(0);
    memory.set("k", "y".repeat(10));
    memory.set("k", "z".repeat(20));
    expect(memory.bytes).toBe(2 * 21);
  });

  it("stays within its byte budget whatever is stored", () => {
    const memory = new AnswerMemory({ maxBytes: 64 * 1024, maxEntryBytes: 8 * 1024 });
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 48271) % 2147483647;
      memory.set(`key-${i}`, "a".repeat(seed % 6000));
      expect(memory.bytes).toBeLessThanOrEqual(64 * 1024);
    }
    expect(memory.size).toBeGreaterThan(10);
  });
});
