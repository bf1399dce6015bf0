import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { enhance } from "./enhance.ts";

const PAGE = `<p>Users topped <span data-fact="cn-internet-users-2024-12">1.1 billion</span>.</p>
<div data-fact-card="cn-online-retail-sales-2024">Online retail sales: 15.52 trillion yuan (NBS)</div>
<p><span data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>`;

describe("enhance when the API fails", () => {
  it("marks every element as error and leaves the publisher's text exactly as written", async () => {
    // A real socket that refuses: port 9 (discard) has no listener here.
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    await enhance(document, { apiOrigin: "http://127.0.0.1:9", theme: undefined, jsonLd: false });
    expect(
      [...document.querySelectorAll("[data-fact],[data-fact-card],[data-claim]")].map((e) =>
        e.getAttribute("data-fact-state"),
      ),
    ).toEqual(["error", "error", "error"]);
    expect(document.body.innerHTML.replace(/ data-fact-state="error"/g, "")).toBe(before);
  });

  it("treats a malformed answer as a failure, not as data", async () => {
    const server = createServer((_, response) =>
      response
        .writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" })
        .end('{"data":[{"id":"x"}],"results":"no"}'),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    document.body.innerHTML = PAGE;
    await enhance(document, {
      apiOrigin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      theme: undefined,
      jsonLd: false,
    });
    server.close();
    expect(document.querySelectorAll("[data-factline-ui]")).toHaveLength(0);
    expect(document.querySelector("[data-fact-card]")?.textContent).toBe(
      "Online retail sales: 15.52 trillion yuan (NBS)",
    );
  });
});

/** The request's body, read whole. */
async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

/** A JSON answer any page origin may read, as the real API's CORS allows. */
function sendJson(response: ServerResponse, status: number, answer: unknown): void {
  response
    .writeHead(status, {
      "Content-Type": "application/json",
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "content-type",
    })
    .end(JSON.stringify(answer));
}

/** An API that holds the widget to the real API's limits and garbles the answers it is told to. */
async function strictApi() {
  const refused: string[] = [];
  /** Each request other than a preflight: its method and path, and how many claims a POST carried. */
  const seen: string[] = [];
  const check = (claim: string) =>
    claim.includes("garbled") ? { verdict: 7 } : { claim, verdict: "accurate", explanation: "ok" };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const send = (status: number, body: unknown) => sendJson(response, status, body);
    if (request.method === "OPTIONS")
      return response
        .writeHead(204, { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "content-type" })
        .end();
    if (request.method !== "POST") seen.push(`${request.method} ${url.pathname}`);
    if (url.pathname === "/v1/facts") {
      const ids = url.searchParams.get("ids")?.split(",") ?? [];
      if (ids.length > 100) {
        refused.push(`${ids.length} ids`);
        return send(400, {});
      }
      const data = ids.flatMap((id): unknown[] => {
        const fact = dataset.facts.find((candidate) => candidate.id === id);
        if (id === "cn-online-shoppers-2024-12") return [{ id, value: "garbled" }];
        return fact ? [fact] : [];
      });
      return send(200, { data, related: [] });
    }
    if (url.pathname === "/v1/check" && request.method === "GET")
      return send(200, check(url.searchParams.get("claim") ?? ""));
    const body = await readBody(request);
    const claims = (JSON.parse(body) as { claims: (string | { claim: string })[] }).claims.map((item) =>
      typeof item === "string" ? item : item.claim,
    );
    seen.push(`POST ${url.pathname} ${claims.length}`);
    if (claims.length > 100 || Buffer.byteLength(body) > 256 * 1024 || claims.some((claim) => claim.length > 2000)) {
      refused.push(`${claims.length} claims, ${Buffer.byteLength(body)} B`);
      return send(400, {});
    }
    return send(200, { results: claims.map(check) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refused,
    seen: () => seen.filter((line) => !line.startsWith("OPTIONS")),
    close: () => server.close(),
  };
}

describe("enhance within the API's limits", () => {
  it("splits a crowded page into requests the API accepts; a bad element fails only itself", async () => {
    const api = await strictApi();
    const claims = Array.from(
      { length: 140 },
      (_, i) => `<p><span data-claim>Claim ${i}: ${"数".repeat(900)}</span></p>`,
    );
    claims[7] = `<p><span id="garbled" data-claim>A garbled answer</span></p>`;
    claims[9] = `<p><span id="long" data-claim>${"x".repeat(2500)}</span></p>`;
    document.body.innerHTML = `${claims.join("")}
<p><span data-fact="cn-internet-users-2024-12">1.1 billion</span></p>
<p><span id="bad-fact" data-fact="cn-online-shoppers-2024-12">974 million</span></p>
<p><span id="bad-id" data-fact="${"a".repeat(81)}">1</span></p>`;
    await enhance(document, { apiOrigin: api.origin, theme: undefined, jsonLd: false });
    api.close();
    expect(api.refused).toEqual([]);
    const failed = [...document.querySelectorAll('[data-fact-state="error"]')].map((element) => element.id);
    expect(failed.sort()).toEqual(["bad-fact", "bad-id", "garbled", "long"]);
    expect(document.querySelectorAll("[data-claim-verdict]")).toHaveLength(138);
  });

  it("asks once for what elements repeat: 200 figures of five facts and a claim said twice cost two requests", async () => {
    const api = await strictApi();
    const figures = [
      ["cn-internet-users-2024-12", "1.1 billion"],
      ["cn-short-video-users-2024-12", "1.04 billion"],
      ["cn-online-retail-sales-2024", "15.52 trillion yuan"],
      ["cn-5g-base-stations-2024-11", "4.19 million"],
      ["cn-micro-drama-audience-2024-12", "662 million"],
    ];
    const spans = Array.from({ length: 200 }, (_, i) => {
      const [id, text] = figures[i % figures.length] ?? [];
      return `<p><span data-fact="${id}">${text}</span></p>`;
    });
    const claim = "<p><span data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>";
    // The same figure against another fact is another question, and so is the same words as a claim.
    document.body.innerHTML = `${spans.join("")}${claim}${claim}
<p><span data-fact="cn-internet-users-2024-06">1.1 billion</span> <span data-claim>1.1 billion</span></p>`;
    await enhance(document, { apiOrigin: api.origin, theme: undefined, jsonLd: false });
    api.close();
    expect(api.seen()).toEqual(["GET /v1/facts", "POST /v1/check 8"]);
    expect(document.querySelectorAll("[data-fact-state=verified]")).toHaveLength(201);
    expect(document.querySelectorAll("[data-claim-verdict=accurate]")).toHaveLength(3);
  });
});

describe("enhance with newer figures, latest cards and the page's date", () => {
  it("marks a stale figure, fills a latest: card with its series, and sends published with every check", async () => {
    const requests: string[] = [];
    const byId = (id: string) => dataset.facts.find((candidate) => candidate.id === id);
    const server = createServer(async (request, response) => {
      const body = await readBody(request);
      requests.push(`${request.method} ${request.url} ${body}`);
      const url = new URL(request.url ?? "/", "http://x");
      const send = (answer: unknown) => sendJson(response, 200, answer);
      if (request.method === "OPTIONS") return send({});
      if (url.pathname === "/v1/facts") {
        const latest = { "latest:internet-users": "cn-internet-users-2025-12" };
        const ids = (url.searchParams.get("ids") ?? "").split(",").map((id) => latest[id as keyof typeof latest] ?? id);
        return send({
          data: ids.map(byId).filter(Boolean),
          latest,
          series: {
            "internet-users:CN": [
              { period: { kind: "instant", date: "2024-12" }, value: 1_108_000_000 },
              { period: { kind: "instant", date: "2025-12" }, value: 1_125_000_000 },
            ],
          },
        });
      }
      const claims = (JSON.parse(body) as { claims: unknown[] }).claims;
      return send({ results: claims.map(() => ({ verdict: "accurate", explanation: "ok" })) });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    document.head.innerHTML = '<meta property="article:published_time" content="2025-01-17T09:00:00+08:00">';
    document.body.innerHTML = `<p><span id="stale" data-fact="cn-internet-users-2024-12">1.1 billion</span></p>
<p><span id="fresh" data-fact="cn-internet-users-2025-12">1.125 billion</span></p>
<div id="latest" data-fact-card="latest:internet-users"></div>
<p><span data-claim>Internet users grew last year.</span></p>`;
    await enhance(document, {
      apiOrigin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      theme: undefined,
      jsonLd: false,
    });
    server.close();
    document.head.innerHTML = "";
    expect(document.getElementById("stale")?.getAttribute("data-fact-newer")).toBe("cn-internet-users-2025-12");
    expect(document.getElementById("fresh")?.hasAttribute("data-fact-newer")).toBe(false);
    const card = document.getElementById("latest");
    expect(card?.getAttribute("data-fact-state")).toBe("verified");
    expect(card?.shadowRoot?.querySelector(".value")?.textContent).toBe("1.125 billion");
    expect(card?.shadowRoot?.querySelector("svg")?.getAttribute("aria-label")).toBe(
      "Internet users, December 2024 to December 2025: 1.108 billion to 1.125 billion",
    );
    const [facts, check, ...more] = requests.filter((line) => !line.startsWith("OPTIONS"));
    expect(more).toEqual([]);
    expect(facts).toContain("latest:internet-users");
    expect(facts).toContain("include=related,series");
    expect(JSON.parse(check?.split(" ").slice(2).join(" ") ?? "{}").published).toBe("2025-01-17");
  });
});

describe("enhance with one bad answer among good ones", () => {
  /** An API whose answers are real except where a page's element asks for trouble. */
  async function faultyApi() {
    const byId = (id: string) => dataset.facts.find((candidate) => candidate.id === id);
    const server = createServer(async (request, response) => {
      const body = await readBody(request);
      const url = new URL(request.url ?? "/", "http://x");
      const send = (answer: unknown) => sendJson(response, 200, answer);
      if (request.method === "OPTIONS") return send({});
      if (url.pathname === "/v1/facts") {
        const ids = (url.searchParams.get("ids") ?? "").split(",");
        const data = ids.map(byId).map((fact) => {
          if (fact?.id === "cn-online-shoppers-2024-12") return { ...fact, label: undefined };
          if (fact?.id === "cn-mobile-internet-users-2024-12") return { ...fact, period: undefined };
          return fact;
        });
        const huge = Array.from({ length: 200_000 }, (_, i) => ({
          period: { kind: "instant", date: "2024-12" },
          value: i,
        }));
        return send({ data: data.filter(Boolean), related: [], series: { "online-retail-sales:CN": huge } });
      }
      const answer = (claim: string) => {
        const verdict = claim.includes("constructor") ? "constructor" : claim.includes("odd") ? "mostly" : "accurate";
        return { claim: "what the API echoed", verdict, explanation: "ok", figures: [] };
      };
      if (request.method === "GET") return send(answer(url.searchParams.get("claim") ?? ""));
      const claims = (JSON.parse(body) as { claims: (string | { claim: string })[] }).claims;
      return send({ results: claims.map((item) => answer(typeof item === "string" ? item : item.claim)) });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
  }

  it("marks only the bad elements error and enhances every element after them", async () => {
    const api = await faultyApi();
    document.head.innerHTML = "";
    document.body.innerHTML = `<p><span id="ctor" data-claim>The constructor of 7 percent growth.</span></p>
<p><span id="odd" data-claim>An odd 8 percent.</span></p>
<p><span id="no-label" data-fact="cn-online-shoppers-2024-12">974 million</span></p>
<p><span id="no-period" data-fact="cn-mobile-internet-users-2024-12">1.1 billion</span></p>
<div id="huge" data-fact-card="cn-online-retail-sales-2024"></div>
<p><span id="fact" data-fact="cn-internet-users-2024-12">1.1 billion</span></p>
<p><span id="claim" data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>`;
    await enhance(document, { apiOrigin: api.origin, theme: undefined, jsonLd: false });
    api.close();
    const state = (id: string) => {
      const element = document.getElementById(id);
      return element?.getAttribute("data-claim-verdict") ?? element?.getAttribute("data-fact-state");
    };
    expect(["ctor", "odd", "no-label", "no-period"].map(state)).toEqual(["error", "error", "error", "error"]);
    expect(["huge", "fact", "claim"].map(state)).toEqual(["verified", "verified", "accurate"]);
    const drawn = document.getElementById("huge")?.shadowRoot?.querySelector("polyline")?.getAttribute("points");
    expect(drawn?.split(" ").length).toBeLessThanOrEqual(101);
  });

  it("states the page's own sentence in the ClaimReview, not what the API said back", async () => {
    const api = await faultyApi();
    document.head.innerHTML = "";
    document.body.innerHTML = `<p><span data-claim>Online  retail sales grew 7.2 percent
 in 2024.</span></p>`;
    await enhance(document, { apiOrigin: api.origin, theme: undefined, jsonLd: true });
    api.close();
    const reviews = JSON.parse(document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? "[]");
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed)).toEqual([
      "Online retail sales grew 7.2 percent in 2024.",
    ]);
  });
});
