import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { type Page as SitePage, startPublisherSite } from "./servers.ts";

const worker = inject("workerOrigin");

let browser: Browser;
let site: Awaited<ReturnType<typeof startPublisherSite>>;
let factIds: string[] = [];
let hostileFact: Record<string, unknown>;

const page = (script: string, article: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>${script}</head><body><main>${article}</main></body></html>`;

// Text, as a reporter might paste it; the page escapes it as HTML, so it reaches the widget as characters.
const HOSTILE_CLAIM = `China's internet users topped 1.1 billion in 2024 </script><img src=x onerror="window.pwned=true"> & more.`;
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function crowdedArticle(): string {
  const parts: string[] = [];
  const figures = [
    ["cn-internet-users-2024-12", "1.1 billion"],
    ["cn-online-shoppers-2024-12", "974 million"],
    ["cn-internet-users-2024-12", "1.3 billion"],
  ];
  for (let i = 0; i < 40; i++) {
    const [id, text] = figures[i % figures.length] as string[];
    parts.push(`<p>Figure <span class="valid" data-fact="${id}">${text}</span>.</p>`);
  }
  for (const id of factIds.slice(0, 53)) parts.push(`<div class="valid" data-fact-card="${id}"></div>`);
  // Well-formed ids no fact has: they take the id list past one request's 100.
  for (let i = parts.length; i < 143; i++) parts.push(`<div data-fact-card="cn-no-such-fact-${i}"></div>`);
  const claims = [
    "Online retail sales grew 7.2 percent in 2024.",
    "China has 974 million internet users.",
    "我国网民规模达11.08亿人。",
  ];
  for (let i = 0; i < 6; i++) parts.push(`<p><span class="valid" data-claim>${claims[i % claims.length]}</span></p>`);
  parts.push(`<p><span id="too-long" data-claim>${"China has 1.1 billion internet users. ".repeat(70)}</span></p>`);
  return parts.join("\n");
}

beforeAll(async () => {
  browser = await launchChromium();
  const facts = (await (await fetch(`${worker}/v1/facts`)).json()) as { data: Record<string, unknown>[] };
  factIds = facts.data.map((fact) => fact.id as string);
  const [first] = facts.data;
  hostileFact = { ...first, source: { ...(first?.source as object), url: "javascript:window.pwned=1" } };
  site = await startPublisherSite((path): SitePage | undefined => {
    switch (path) {
      case "/jsonld.html":
        return {
          body: page(
            `<script src="${worker}/widget.js" data-jsonld async></script>`,
            `<p><span data-claim>${escapeHtml(HOSTILE_CLAIM)}</span></p>`,
          ),
        };
      case "/crowded.html":
        return { body: page(`<script src="${worker}/widget.js" async></script>`, crowdedArticle()) };
      case "/hostile-api.html":
        return {
          body: page(
            `<script src="${worker}/widget.js" data-api="/hostile" async></script>`,
            `<div id="card" data-fact-card="${hostileFact.id}"></div><p><span id="figure" data-fact="${hostileFact.id}">x</span></p>`,
          ),
        };
      case "/hostile/v1/facts":
        return {
          body: JSON.stringify({ data: [hostileFact], related: [] }),
          headers: { "Content-Type": "application/json" },
        };
      case "/hostile/v1/check":
        return {
          body: JSON.stringify({ claim: "x", verdict: "accurate", explanation: "fine", reason: "no-figure" }),
          headers: { "Content-Type": "application/json" },
        };
      default:
        return undefined;
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function settled(target: Page): Promise<void> {
  await target.waitForFunction(
    () =>
      [...document.querySelectorAll("[data-fact],[data-fact-card],[data-claim]")].every(
        (element) => element.hasAttribute("data-fact-state") || element.hasAttribute("data-claim-verdict"),
      ),
    undefined,
    { timeout: 30_000 },
  );
}

describe("the widget on a hostile page", () => {
  it("keeps a claim's JSON-LD inside its script element, even once the page is serialized", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/jsonld.html`);
    await settled(tab);
    const result = await tab.evaluate(() => {
      const script = document.querySelector('script[type="application/ld+json"]');
      // Saved, pre-rendered or server-side-rendered copies of the page go through HTML serialization.
      const reparsed = new DOMParser().parseFromString(document.documentElement.outerHTML, "text/html");
      const copy = reparsed.querySelector('script[type="application/ld+json"]');
      return {
        raw: script?.textContent ?? "",
        reviewed: JSON.parse(copy?.textContent ?? "[]")[0]?.claimReviewed,
        images: reparsed.querySelectorAll("img").length,
        pwned: (window as unknown as { pwned?: number }).pwned,
      };
    });
    expect(result.raw).not.toMatch(/[<>&]/);
    expect(result.raw).toContain("\\u003c/script\\u003e");
    expect(result.reviewed).toBe(HOSTILE_CLAIM);
    expect(result.images).toBe(0);
    expect(result.pwned).toBeUndefined();
    await context.close();
  });

  it("enhances every valid element of a crowded page with an over-long claim, within the API's limits", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests: { url: string; claims?: number; bytes?: number; status?: number }[] = [];
    tab.on("request", (request) => {
      if (!request.url().includes("/v1/")) return;
      const body = request.postData();
      requests.push({
        url: request.url(),
        ...(body ? { claims: (JSON.parse(body) as { claims: unknown[] }).claims.length, bytes: body.length } : {}),
      });
    });
    tab.on("response", (response) => {
      const entry = requests.find((request) => request.url === response.url() && request.status === undefined);
      if (entry) entry.status = response.status();
    });
    await tab.goto(`${site.origin}/crowded.html`);
    expect(
      await tab.evaluate(() => document.querySelectorAll("[data-fact],[data-fact-card],[data-claim]").length),
    ).toBe(150);
    await settled(tab);
    const states = await tab.evaluate(() =>
      [...document.querySelectorAll(".valid")].map(
        (element) => element.getAttribute("data-claim-verdict") ?? element.getAttribute("data-fact-state"),
      ),
    );
    expect(states).toHaveLength(99);
    expect(states.filter((state) => state === "error")).toEqual([]);
    expect(await tab.getAttribute("#too-long", "data-fact-state")).toBe("error");
    const idsPerRequest = requests
      .filter((request) => request.url.includes("/v1/facts?ids="))
      .map((request) => new URL(request.url).searchParams.get("ids")?.split(",").length ?? 0);
    expect(idsPerRequest.length).toBe(2);
    expect(Math.max(...idsPerRequest)).toBeLessThanOrEqual(100);
    expect(requests.every((request) => (request.claims ?? 0) <= 100)).toBe(true);
    expect(requests.map((request) => request.status).filter((status) => status !== 200)).toEqual([]);
    await context.close();
  });

  it("never makes a javascript: source from a hostile API into a link", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/hostile-api.html`);
    await settled(tab);
    expect(await tab.getAttribute("#card", "data-fact-state")).toBe("verified");
    await tab.evaluate(() =>
      document.querySelector("#figure [data-factline-ui]")?.shadowRoot?.querySelector("button")?.click(),
    );
    await tab.waitForFunction(
      () => !!document.querySelector("#figure [data-factline-ui]")?.shadowRoot?.querySelector("a"),
    );
    const links = await tab.evaluate(() => {
      const card = document.querySelector("#card")?.shadowRoot;
      const badge = document.querySelector("#figure [data-factline-ui]")?.shadowRoot;
      return [card, badge].map((root) => {
        const anchor = root?.querySelector("a");
        return { text: anchor?.textContent ?? "", href: anchor?.getAttribute("href") ?? null };
      });
    });
    for (const link of links) {
      expect(link.text.length).toBeGreaterThan(0);
      expect(link.href).toBeNull();
    }
    await tab.evaluate(() => document.querySelector("#card")?.shadowRoot?.querySelector("a")?.click());
    expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await context.close();
  });
});
