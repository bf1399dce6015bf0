import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AnswerMemory } from "../src/answer-memory.ts";
import { newApp } from "../src/app.ts";
import { LIMITS, textCost } from "../src/limits.ts";
import type { ArticleCheckAnswer, BatchCheckAnswer, ClaimCheckAnswer } from "../src/schemas.ts";
import { json, postJson, present } from "./helpers.ts";
import { clientAddress } from "./security-helpers.ts";

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("bounded answers", () => {
  it("lists at most the figure cap of a claim built from a repeated unit, and echoes the claim once", async () => {
    const claim = `网购1;1;${crypto.randomUUID().slice(0, 6)}`.padEnd(1990, "网购1;1;");
    const response = await postJson("/v1/check", { claim }, { "CF-Connecting-IP": clientAddress() });
    const text = await response.text();
    const body = JSON.parse(text) as ClaimCheckAnswer;
    expect(body.figures.length).toBe(LIMITS.figuresPerClaim);
    // The checker reads a bounded start of the claim; what it read but did not list or check is counted.
    expect(present(body.figuresOmitted, "figuresOmitted") + body.notChecked).toBeGreaterThan(10);
    expect(occurrences(text, claim)).toBe(1);
    expect(new Set(body.explanation.split(" ")).size).toBe(body.explanation.split(" ").length);
    expect(text.length).toBeLessThan(claim.length * 3 + LIMITS.figuresPerClaim * 1000);
  });

  it("cuts a long figure's every quote, so a claim's text is never repeated", async () => {
    const figure = `1${",000".repeat(300)}`;
    const claim = `China has ${figure} internet users ${crypto.randomUUID()}`;
    const text = await (await postJson("/v1/check", { claim }, { "CF-Connecting-IP": clientAddress() })).text();
    expect(occurrences(text, figure)).toBe(1);
    expect(text.length).toBeLessThan(claim.length + 5000);
  });

  it("lists a text's sentences while the figure budget lasts and counts the rest", async () => {
    // A unique opening without digits, so it is not a sentence with a figure.
    const text = `${crypto.randomUUID().replace(/[^a-f]/g, "")}。${"网购1;1;1。".repeat(400)}`;
    const response = await postJson("/v1/check", { text }, { "CF-Connecting-IP": clientAddress() });
    const body = await json<ArticleCheckAnswer>(response);
    const listed = body.sentences.reduce((sum, s) => sum + s.figures.length, 0);
    expect(listed).toBeLessThanOrEqual(LIMITS.figuresPerAnswer);
    expect(body.sentencesOmitted).toBe(400 - body.sentences.length);
    // Checking stops once the figure budget is read: the work is bounded whatever the text's length.
    // Each sentence holds three numbers.
    expect(Object.values(body.counts).reduce((a, b) => a + b)).toBe(Math.ceil(LIMITS.figuresPerAnswer / 3));
  });

  it("reads no more figures of a text than its units pay for, when they are written without digits", async () => {
    // Two figures a sentence (七成, 一半), no digit the cost can count: one unit for 1,700 characters.
    const text = `${crypto.randomUUID().replace(/[^a-f]/g, "")}。${"中国网民普及率为七成，农村为一半。".repeat(100)}`;
    expect(textCost(text)).toBe(1);
    const body = await json<ArticleCheckAnswer>(
      await postJson("/v1/check", { text }, { "CF-Connecting-IP": clientAddress() }),
    );
    const read = body.sentences.reduce((sum, s) => sum + s.figures.length, 0);
    expect(read).toBeLessThanOrEqual(LIMITS.textNumbersPerCheck);
    expect(body.sentencesOmitted).toBe(100 - body.sentences.length);
  });
});

describe("the per-isolate answer memory", () => {
  it("stays within its byte bound under many distinct answers, and skips large ones", async () => {
    const memory = new AnswerMemory({ maxBytes: 256 * 1024, maxEntryBytes: 32 * 1024 });
    const app = newApp({ memory });
    const ask = async (path: string) => {
      const ctx = createExecutionContext();
      const response = await app.fetch(
        new Request(`https://facts.example.org${path}`, { headers: { "CF-Connecting-IP": clientAddress() } }),
        env,
        ctx,
      );
      const body = await response.text();
      await waitOnExecutionContext(ctx);
      return body;
    };
    const large = await ask(`/v1/search?q=users+${crypto.randomUUID()}&limit=${LIMITS.searchResults}`);
    expect(large.length * 2).toBeGreaterThan(32 * 1024);
    expect(memory.size).toBe(0);
    let held = 0;
    for (let i = 0; i < 150; i++) {
      await ask(`/v1/search?q=internet+${crypto.randomUUID()}&limit=3`);
      await ask(`/v1/check?claim=${encodeURIComponent(`China has 1.1 billion internet users ${crypto.randomUUID()}`)}`);
      expect(memory.bytes).toBeLessThanOrEqual(256 * 1024);
      held = Math.max(held, memory.bytes);
    }
    // It filled up and then evicted, rather than refusing everything.
    expect(held).toBeGreaterThan(200 * 1024);
    expect(memory.size).toBeLessThan(300);
  });

  it("is bounded by default to what fits a Worker", () => {
    expect(LIMITS.memoryBytes).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(new AnswerMemory().bytes).toBe(0);
  });
});

describe("a batch's shared work budget", () => {
  it("judges a few figures of each of a hundred long claims, and never serves that cut answer as a single check", async () => {
    const headers = { "CF-Connecting-IP": clientAddress() };
    const claims = Array.from(
      { length: 100 },
      () => `${crypto.randomUUID().replace(/\d/g, "")} ${"网购1;".repeat(200)}`,
    );
    const body = await json<BatchCheckAnswer>(await postJson("/v1/check", { claims }, headers));
    const perClaim = Math.max(2, Math.floor(LIMITS.figuresPerBatch / 100));
    for (const result of body.results) {
      expect(result.figures.length).toBeLessThanOrEqual(perClaim);
      expect(result.notChecked).toBeGreaterThan(0);
    }
    const single = await postJson("/v1/check", { claim: claims[0] }, { "CF-Connecting-IP": clientAddress() });
    expect(single.headers.get("X-Factline-Cache")).toBe("miss");
    expect((await json<ClaimCheckAnswer>(single)).figures.length).toBe(LIMITS.figuresPerClaim);
  });
});
