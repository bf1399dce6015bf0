import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import realTextEn from "../../../packages/core/corpus/real-text.en.yaml?raw";
import realTextZh from "../../../packages/core/corpus/real-text.zh.yaml?raw";
import { CLAIM_CORPUS } from "../../../packages/core/src/claims/corpus.fixture.ts";
import { newApp } from "../src/app.ts";
import type { BatchCheckAnswer, ClaimCheckAnswer } from "../src/schemas.ts";
import { json, postJson } from "./helpers.ts";
import { clientAddress, inOneRateWindow } from "./security-helpers.ts";

const PUBLISHED = "2025-07-25";
const fromClient = () => ({ "CF-Connecting-IP": clientAddress() });
const salt = crypto.randomUUID().slice(0, 8);

describe("a budget-cut batch answer", () => {
  it("is never served to a single check of the same claim", async () => {
    const claim = `Zq1 ${salt}: With 322 million rural internet users reaching 69.2% penetration, rural markets offer sizeable openings for app developers.`;
    const fillers = Array.from(
      { length: 99 },
      (_, n) => `Filler ${salt}-${n}: China had 1.108 billion internet users.`,
    );
    const batch = await json<BatchCheckAnswer>(
      await postJson("/v1/check", { claims: [claim, ...fillers], published: PUBLISHED }, fromClient()),
    );
    const single = await postJson("/v1/check", { claim, published: PUBLISHED }, fromClient());
    expect(single.headers.get("X-Factline-Cache")).toBe("miss");
    const alone = await json<ClaimCheckAnswer>(single);
    // A fresh isolate, with nothing remembered, is the ground truth.
    const ctx = createExecutionContext();
    const fresh = await newApp().fetch(
      new Request("https://facts.example.org/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...fromClient() },
        body: JSON.stringify({ claim, published: PUBLISHED }),
      }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(alone.verdict).toBe(((await fresh.json()) as ClaimCheckAnswer).verdict);
    expect(batch.results[0]?.figures).toEqual(alone.figures.slice(0, batch.results[0]?.figures.length));
  });

  it("computes and charges a claim sent many times in one batch once", async () => {
    const claim = `Twice ${salt}: China had 1.108 billion internet users.`;
    const headers = fromClient();
    await inOneRateWindow(async () => {
      const copies = Array.from({ length: 100 }, () => claim);
      const answer = await json<BatchCheckAnswer>(await postJson("/v1/check", { claims: copies }, headers));
      expect(new Set(answer.results.map((result) => JSON.stringify(result))).size).toBe(1);
      // One unit spent of the 120 a minute, so 100 more new claims still pass.
      const more = Array.from({ length: 100 }, (_, n) => `More ${salt}-${n}: 1.108 billion internet users.`);
      expect((await postJson("/v1/check", { claims: more }, headers)).status).toBe(200);
    });
  });
});

const realText = [realTextEn, realTextZh].flatMap((raw) => (parse(raw) as { text: string }[]).map(({ text }) => text));
const corpus = [...CLAIM_CORPUS.map(([, claim]) => claim), ...realText].map((text) => `${text} ⟨${salt}⟩`);

describe("the corpus in batches of 100", () => {
  it("gets the same figure verdicts as single checks", { timeout: 120_000 }, async () => {
    const batched: ClaimCheckAnswer[] = [];
    for (let at = 0; at < corpus.length; at += 100) {
      const claims = corpus.slice(at, at + 100);
      const answer = await json<BatchCheckAnswer>(
        await postJson("/v1/check", { claims, published: PUBLISHED }, fromClient()),
      );
      batched.push(...answer.results);
    }
    let differ = 0;
    for (const [at, claim] of corpus.entries()) {
      const alone = await json<ClaimCheckAnswer>(
        await postJson("/v1/check", { claim, published: PUBLISHED }, fromClient()),
      );
      const inBatch = batched[at];
      const same = JSON.stringify(inBatch?.figures) === JSON.stringify(alone.figures.slice(0, inBatch?.figures.length));
      if (!same || (inBatch?.notChecked === alone.notChecked && inBatch.verdict !== alone.verdict)) differ++;
    }
    expect(differ).toBe(0);
  });
});
