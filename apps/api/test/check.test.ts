import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { newApp } from "../src/app.ts";
import { LIMITS } from "../src/limits.ts";
import type { ArticleCheckAnswer, BatchCheckAnswer, ClaimCheckAnswer } from "../src/schemas.ts";
import { createEmbeddedStore } from "../src/store/embedded-store.ts";
import { call, json, postJson, present, problemOf } from "./helpers.ts";
import { clientAddress, distinct, inOneRateWindow } from "./security-helpers.ts";

/** Claims written in January 2025, about figures out by then. */
const PUBLISHED = "2025-01-20";
const check = (claim: string, extra = "") =>
  call(`/v1/check?claim=${encodeURIComponent(claim)}&published=${PUBLISHED}${extra}`);
let unique = 0;
/** A claim no earlier test sent, so it is a cache miss. */
const fresh = (claim: string) =>
  `${claim} [ref ${(++unique).toString(26).replace(/./g, (d) => String.fromCharCode(97 + Number.parseInt(d, 26)))}${crypto.randomUUID().replace(/[^a-f]/g, "")}]`;

describe("GET /v1/check — happy path", () => {
  it("checks an English claim and names the fact and evidence", async () => {
    const response = await check(fresh("China's internet users topped 1.1 billion"));
    expect(response.status).toBe(200);
    const body = await json<ClaimCheckAnswer>(response);
    expect(body).toMatchObject({ verdict: "accurate", factId: "cn-internet-users-2024-12", lang: "en" });
    expect(present(body.verified, "verified").value).toBe(1_108_000_000);
    expect(present(body.claimed, "claimed").interval).toEqual({ lo: 1.1e9, hi: 1.2e9 });
    expect(body.explanation).toContain("CNNIC");
  });

  it("checks a Chinese claim and explains in Chinese", async () => {
    const body = await json<ClaimCheckAnswer>(await check(fresh("我国网民规模为9.74亿人")));
    expect(body.verdict).toBe("inaccurate");
    expect(body.explanation).toMatch(/^不准确/);
  });

  it("checks against a pinned fact", async () => {
    const body = await json<ClaimCheckAnswer>(await check(fresh("1.3 billion"), "&fact=cn-internet-users-2024-12"));
    expect(body.verdict).toBe("inaccurate");
    expect(body.factId).toBe("cn-internet-users-2024-12");
  });
});

describe("check caching", () => {
  it("serves the second identical check from the edge cache", async () => {
    const claim = fresh("Online retail sales grew 7.2 percent in 2024.");
    const first = await check(claim);
    expect(first.headers.get("X-Factline-Cache")).toBe("miss");
    const firstBody = await first.text();
    const second = await check(claim);
    expect(second.headers.get("X-Factline-Cache")).toBe("hit");
    expect(await second.text()).toBe(firstBody);
    // White space does not change the claim, so it does not change the key.
    const spaced = await check(`  ${claim.replace(/ /g, "   ")} `);
    expect(spaced.headers.get("X-Factline-Cache")).toBe("hit");
  });

  it("never serves one claim's answer to another whose UTF-8 is the same (a lone surrogate, U+FFFD)", async () => {
    const claim = fresh("China had 1.108 billion internet users \ud800 in 2024.");
    const lookalike = claim.replace("\ud800", "\ufffd");
    for (const field of ["claim", "text"] as const) {
      await postJson("/v1/check", { [field]: claim }, { "CF-Connecting-IP": clientAddress() });
      const other = await postJson("/v1/check", { [field]: lookalike }, { "CF-Connecting-IP": clientAddress() });
      expect(other.headers.get("X-Factline-Cache")).toBe("miss");
      const body = await json<ClaimCheckAnswer & ArticleCheckAnswer>(other);
      expect(field === "claim" ? body.claim : body.sentences[0]?.claim).toContain("\ufffd");
    }
  });

  it("keys the cache by dataset version, so a new dataset never serves an old verdict", async () => {
    const claim = fresh("China has 974 million internet users.");
    const first = await check(claim);
    expect(first.headers.get("X-Factline-Cache")).toBe("miss");
    const republished = newApp({ store: createEmbeddedStore({ ...dataset, version: "feedfacefeedface" }) });
    const ctx = createExecutionContext();
    const response = await republished.fetch(
      new Request(`https://facts.example.org/v1/check?claim=${encodeURIComponent(claim)}`),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(response.headers.get("X-Factline-Cache")).toBe("miss");
    expect(response.headers.get("ETag")).toBe('"feedfacefeedface"');
  });

  it("keys the cache by deployment, so a fixed checker never serves its predecessor's verdicts", async () => {
    const claim = fresh("China had 1.108 billion internet users.");
    const answer = async (deployment = env.CF_VERSION_METADATA) => {
      const ctx = createExecutionContext();
      const request = new Request(`https://facts.example.org/v1/check?claim=${encodeURIComponent(claim)}`);
      const response = await newApp().fetch(request, { ...env, CF_VERSION_METADATA: deployment }, ctx);
      await waitOnExecutionContext(ctx);
      return response.headers.get("X-Factline-Cache");
    };
    expect(await answer()).toBe("miss");
    expect(await answer()).toBe("hit");
    expect(await answer({ id: crypto.randomUUID(), tag: "", timestamp: new Date().toISOString() })).toBe("miss");
  });

  it("serves a fresh isolate's first repeat of a check from the Workers Cache API", async () => {
    const claim = fresh("China's 5G base stations numbered 4.19 million");
    const url = `https://facts.example.org/v1/check?claim=${encodeURIComponent(claim)}`;
    const answer = async () => {
      const ctx = createExecutionContext();
      const response = await newApp().fetch(new Request(url), env, ctx);
      await waitOnExecutionContext(ctx);
      return response;
    };
    const first = await answer();
    expect(first.headers.get("X-Factline-Cache")).toBe("miss");
    const second = await answer();
    expect(second.headers.get("X-Factline-Cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
  });

  it("answers If-None-Match with 304", async () => {
    const response = await check("anything", "").then(() =>
      call(`/v1/check?claim=x`, { headers: { "If-None-Match": `"${dataset.version}"` } }),
    );
    expect(response.status).toBe(304);
  });
});

describe("POST /v1/check — happy path", () => {
  it("checks { claim }", async () => {
    const body = await json<ClaimCheckAnswer>(
      await postJson("/v1/check", { claim: fresh("974 million people in China shopped online in 2024.") }),
    );
    expect(body.verdict).toBe("accurate");
  });

  it("checks { claims } in order", async () => {
    const response = await postJson("/v1/check", {
      claims: ["China has 974 million internet users.", "我国网民规模超过11亿。"],
      published: PUBLISHED,
    });
    const body = await json<BatchCheckAnswer>(response);
    expect(body.version).toBe(dataset.version);
    expect(body.results.map((result) => result.verdict)).toEqual(["inaccurate", "accurate"]);
  });

  it("checks { claims } with pinned facts, as the widget sends data-fact text", async () => {
    const response = await postJson("/v1/check", {
      claims: [
        { claim: "1.1 billion", fact: "cn-internet-users-2024-12" },
        { claim: "1.3 billion", fact: "cn-internet-users-2024-12" },
        "China has 974 million internet users.",
      ],
      published: PUBLISHED,
    });
    const body = await json<BatchCheckAnswer>(response);
    expect(body.results.map((result) => result.verdict)).toEqual(["accurate", "inaccurate", "inaccurate"]);
    expect(body.results[1]?.factId).toBe("cn-internet-users-2024-12");
  });

  it("checks { text }: every sentence with a figure, with offsets into the draft", async () => {
    const text = "截至2024年12月，我国网民规模达11.08亿人。数字经济蓬勃发展。我国网络购物用户规模为8.74亿人。";
    const body = await json<ArticleCheckAnswer>(await postJson("/v1/check", { text }));
    expect(body.lang).toBe("zh");
    expect(body.sentences.map((s) => s.verdict)).toEqual(["accurate", "inaccurate"]);
    const second = present(body.sentences[1], "a second sentence");
    expect(text.slice(second.start, second.end)).toBe("我国网络购物用户规模为8.74亿人。");
    expect(body.counts).toEqual({ accurate: 1, imprecise: 0, inaccurate: 1, unverifiable: 0 });
  });
});

describe("check — errors", () => {
  it("rejects a missing claim, listing the field", async () => {
    const problem = await problemOf(await call("/v1/check"));
    expect(problem).toMatchObject({ status: 400, code: "invalid-request" });
    expect(problem.errors).toEqual([expect.objectContaining({ path: "claim" })]);
  });

  it("rejects a claim over the length limit and says how to fix it", async () => {
    const problem = await problemOf(await postJson("/v1/check", { claim: "1".repeat(2001) }));
    expect(problem.status).toBe(400);
    expect(JSON.stringify(problem.errors)).toContain("at most 2000 characters");
  });

  it("rejects a batch over 100 claims", async () => {
    const problem = await problemOf(await postJson("/v1/check", { claims: Array.from({ length: 101 }, () => "x") }));
    expect(problem.status).toBe(400);
  });

  it("rejects a body that mixes shapes or has unknown fields", async () => {
    expect((await postJson("/v1/check", { claim: "a", text: "b" })).status).toBe(400);
    expect((await postJson("/v1/check", { claim: "a", extra: 1 })).status).toBe(400);
    // A literal "__proto__" key, as an attacker sends it (an object literal would only set the prototype).
    const proto = await call("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"claim":"China has 1.1 billion internet users","__proto__":{"admin":true}}',
    });
    expect(proto.status).toBe(400);
    const { errors } = await problemOf(proto);
    expect(errors?.map((issue) => issue.message).join(" ")).toMatch(/__proto__/);
    expect((await postJson("/v1/check", { claim: 42 })).status).toBe(400);
    expect((await postJson("/v1/check", [])).status).toBe(400);
  });

  it("answers malformed JSON with 400 invalid-json", async () => {
    const response = await call("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"claim": "x",',
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe("invalid-json");
  });

  it("answers a non-JSON body with 415", async () => {
    const response = await call("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: "China has 1.1 billion internet users",
    });
    expect(response.status).toBe(415);
    expect((await problemOf(response)).code).toBe("unsupported-media-type");
  });

  it("answers a body over 256 KiB with 413", async () => {
    const response = await postJson("/v1/check", { text: "x".repeat(300 * 1024) });
    expect(response.status).toBe(413);
    expect((await problemOf(response)).code).toBe("body-too-large");
  });

  it("answers a pinned unknown fact with 404 and suggestions", async () => {
    const problem = await problemOf(await check("1.1 billion", "&fact=cn-internet-user-2024-12"));
    expect(problem.status).toBe(404);
    expect(problem.suggestions).toContain("cn-internet-users-2024-12");
  });

  it("answers PUT with 405 listing GET and POST", async () => {
    const response = await call("/v1/check", { method: "PUT", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, POST");
  });

  it("rate-limits new checks per client with 429 and Retry-After, but not cached ones", async () => {
    // One fresh client, all of its checks inside one rate window: a minute's turn must not reset the count.
    await inOneRateWindow(async () => {
      const headers = { "CF-Connecting-IP": clientAddress() };
      const cachedClaim = fresh("China's online retail sales hit 15.52 trillion yuan in 2024");
      await call(`/v1/check?claim=${encodeURIComponent(cachedClaim)}`, { headers });
      const responses = await Promise.all(
        distinct(LIMITS.rates.checks.limit, "China has 1.1 billion internet users").map((claim) =>
          call(`/v1/check?claim=${encodeURIComponent(claim)}`, { headers }),
        ),
      );
      const limited = responses.find((response) => response.status === 429);
      expect(limited?.headers.get("Retry-After")).toBe(String(LIMITS.rates.checks.periodSeconds));
      expect((await problemOf(present(limited, "a 429"))).code).toBe("rate-limited");
      const cached = await call(`/v1/check?claim=${encodeURIComponent(cachedClaim)}`, { headers });
      expect(cached.status).toBe(200);
      expect(cached.headers.get("X-Factline-Cache")).toBe("hit");
      const otherClient = await check(fresh("China has 1.1 billion internet users"));
      expect(otherClient.status).toBe(200);
    });
  }, 90_000);
});

describe("check — security", () => {
  it.each([
    '<img src=x onerror="alert(1)"> China has 1.1 billion internet users',
    "\u0000\u0001\u0002 1.1 billion \uffff",
    "🙂".repeat(500),
    "1e308 1e-308 NaN Infinity -0 0x1F",
    "{{constructor.constructor('return process')()}}",
    "'; DROP TABLE facts; --",
    "9".repeat(1999),
  ])("answers hostile claim %# with a verdict, never a 5xx", async (claim) => {
    const response = await postJson("/v1/check", { claim });
    expect(response.status).toBe(200);
    const body = await json<ClaimCheckAnswer>(response);
    expect(["accurate", "imprecise", "inaccurate", "unverifiable"]).toContain(body.verdict);
  });

  it("allows CORS preflight for POST from any origin", async () => {
    const response = await call("/v1/check", {
      method: "OPTIONS",
      headers: {
        Origin: "https://news.example.com",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(response.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("content-type");
  });
});
