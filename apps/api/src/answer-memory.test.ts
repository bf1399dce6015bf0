import { describe, expect, it } from "vitest";
import { AnswerMemory } from "./answer-memory.ts";

describe("AnswerMemory", () => {
  it("keeps at most its capacity, dropping the least recently used", () => {
    const memory = new AnswerMemory(2);
    memory.set("a", "1");
    memory.set("b", "2");
    expect(memory.get("a")).toBe("1");
    memory.set("c", "3");
    expect(memory.get("b")).toBeUndefined();
    expect(memory.get("a")).toBe("1");
    expect(memory.get("c")).toBe("3");
  });
});
