import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { denseArticle, longArticle } from "./long-article.ts";
import { freePort, type Page as SitePage, startPublisherSite } from "./servers.ts";

const worker = inject("workerOrigin");
const require = createRequire(import.meta.url);

let browser: Browser;
let site: Awaited<ReturnType<typeof startPublisherSite>>;
let deadPort: number;

/** An article as a newsroom writes it: no markup on its figures, a few things that are no statistics, and a mistake. */
const ENGLISH = `<article>
<h1>China's digital economy grows</h1>
<nav><p>Most read: 1.3 billion reasons to shop</p></nav>
<p id="users">China's internet user base has exceeded 1.1 billion, fueling the growth of its digital economy.</p>
<p id="shoppers">By the end of last year, 974 million people in China engaged in online shopping, an increase of <b>59.5 million</b> from the end of 2023.</p>
<p id="wrong">These lines were mistyped on purpose: China has 1.3 billion internet users.</p>
<p id="no-stats">The 30-year-old analyst, who joined the center in 2019, said the report took 3 months.</p>
<p lang="zh" id="zh-block">截至2024年12月，我国网民规模达11.08亿人。</p>
<p id="claim-block"><span id="claim" data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>
<p id="pinned-block">Online shoppers numbered <span id="pinned" data-fact="cn-online-shoppers-2024-12">974 million</span>.</p>
<figure><div data-fact-card="cn-online-retail-sales-2024"></div><figcaption data-scan-skip>Sales of 9.9 trillion yuan, a caption</figcaption></figure>
<aside><p>Related: 8.8 million downloads</p></aside>
<form><label>Your guess <input value="4.4 billion"></label></form>
<script type="text/plain">6.6 billion, in a script</script>
</article>`;

const CHINESE = `<article>
<h1>我国网民规模超11亿</h1>
<p id="zh-users">中国互联网络信息中心发布的报告显示，截至2024年12月，我国网民规模达11.08亿人，互联网普及率达78.6%。</p>
<p id="zh-wrong">2024年全国网上零售额达15.52万亿元，比上年增长8.2%。</p>
<p id="zh-years">今年是我国全功能接入国际互联网30周年，30岁以下网民占比较高。</p>
</article>`;

/** What a newsroom pins by hand in a scanned article: a figure to its fact, a sentence, a stat card. */
const PINNED = `<p>Online shoppers numbered <span id="pinned" data-fact="cn-online-shoppers-2024-12">974 million</span>.</p>
<p><span id="claim" data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>
<div data-fact-card="latest:online-retail-sales"></div>`;

/** A pinned figure the article cannot judge against its fact (the sentence names no metric): asked on its own. */
const UNREAD_PIN = `<article><p>China's internet user base has exceeded 1.1 billion.</p>
<p>Fans counted <span id="other-fact" data-fact="cn-internet-users-2024-12">1.1 billion</span> of them.</p></article>`;

/** Figures on the dense page: more than one answer of the API reads. */
const DENSE = 520;

const LATER = `<p id="later">Online shoppers numbered 974 million at the end of 2024.</p>`;

function page(script: string, article: string, lang = "en"): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Publisher</title><meta property="article:published_time" content="2025-01-17T10:00:00+08:00">${script}</head><body><main>${article}</main></body></html>`;
}

const CSP = () => ({ "Content-Security-Policy": `script-src ${worker}; connect-src ${worker}; style-src 'self'` });

beforeAll(async () => {
  browser = await launchChromium();
  deadPort = await freePort();
  site = await startPublisherSite((path): SitePage | undefined => {
    const scan = `<script src="${worker}/widget.js" data-scan async></script>`;
    switch (path) {
      case "/en.html":
        return { body: page(scan, ENGLISH), headers: CSP() };
      case "/zh.html":
        return { body: page(scan, CHINESE, "zh-CN"), headers: CSP() };
      case "/long.html":
        return { body: page(scan, longArticle(80)), headers: CSP() };
      case "/dense.html":
        return { body: page(scan, denseArticle(DENSE)), headers: CSP() };
      case "/unread-pin.html":
        return { body: page(scan, UNREAD_PIN), headers: CSP() };
      case "/long-pinned.html":
        return { body: page(scan, longArticle(80).replace("</article>", `${PINNED}</article>`)), headers: CSP() };
      case "/region.html":
        return {
          body: page(
            `<script src="${worker}/widget.js" data-scan="#story" async></script>`,
            `<div id="story"><p id="in">China's internet user base has exceeded 1.1 billion.</p></div><article><p id="out">China's internet user base has exceeded 1.1 billion.</p></article>`,
          ),
        };
      case "/dead.html":
        return {
          body: page(
            `<script src="${worker}/widget.js" data-scan data-api="http://127.0.0.1:${deadPort}" async></script>`,
            ENGLISH,
          ),
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

async function open(path: string, options: { bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false });
  await context.addInitScript(() => {
    const state = window as unknown as { violations: string[]; cls: number; articleText: string };
    state.violations = [];
    state.cls = 0;
    document.addEventListener("securitypolicyviolation", (event) => state.violations.push(event.violatedDirective));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) state.cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    // The article's text and markup as the publisher served it, before the widget runs.
    document.addEventListener("DOMContentLoaded", () => {
      state.articleText = document.querySelector("main")?.innerHTML ?? "";
    });
  });
  const tab = await context.newPage();
  const texts: string[] = [];
  const requests: string[] = [];
  const warnings: string[] = [];
  tab.on("request", (request) => {
    if (!request.url().includes("/v1/")) return;
    requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
    const body = request.postData();
    if (body?.includes('"text"')) texts.push((JSON.parse(body) as { text: string }).text);
  });
  tab.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await tab.goto(`${site.origin}${path}`);
  return { tab, context, texts, requests, warnings };
}

/** Each mark on the page: its verdict and the text just before it. */
function marks(tab: Page): Promise<string[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll("[data-factline-mark]")].map(
      (mark) => `${mark.getAttribute("data-figure-verdict")} ${mark.previousSibling?.textContent?.slice(-12).trim()}`,
    ),
  );
}

const waitForMarks = (tab: Page, count: number) =>
  tab.waitForFunction((n) => document.querySelectorAll("[data-factline-mark]").length >= n, count, {
    timeout: 20_000,
  });

/** The page's markup now, with every mark taken out: what the publisher wrote, if nothing was rewritten. */
const withoutMarks = (tab: Page) =>
  tab.evaluate(() => {
    const copy = document.querySelector("main")?.cloneNode(true) as HTMLElement;
    for (const ui of copy.querySelectorAll("[data-factline-ui]")) ui.remove();
    return copy.innerHTML.replace(/ data-(fact-state|claim-verdict|fact-newer)="[^"]*"/g, "");
  });

describe("data-scan on an English article", () => {
  it("marks each judged figure where it stands, flags the wrong one, and leaves years and ages alone", async () => {
    const { tab, context, texts, requests, warnings } = await open("/en.html");
    await waitForMarks(tab, 6);
    await tab.waitForLoadState("networkidle");
    expect(await marks(tab)).toEqual([
      "accurate 1.1 billion",
      "accurate 974 million",
      "accurate 59.5 million",
      "inaccurate 1.3 billion",
      "accurate 国网民规模达11.08亿",
      // Inside a data-claim: which figure of the sentence was judged.
      "accurate 7.2 percent",
    ]);
    // The years, the age and the duration are sent, and judged no statistic: no mark.
    expect(await tab.evaluate(() => document.querySelectorAll("#no-stats [data-factline-mark]").length)).toBe(0);
    // Navigation, asides, a caption marked data-scan-skip, form fields and scripts are never read.
    expect(texts).toHaveLength(1);
    for (const unread of ["1.3 billion reasons", "8.8 million", "9.9 trillion", "4.4 billion", "6.6 billion"])
      expect(texts[0]).not.toContain(unread);
    // The pinned figure keeps its own badge and check, and gets no second mark.
    expect(await tab.getAttribute("#pinned", "data-fact-state")).toBe("verified");
    expect(await tab.evaluate(() => document.querySelectorAll("#pinned-block [data-factline-mark]").length)).toBe(0);
    expect(await tab.getAttribute("#claim", "data-claim-verdict")).toBe("accurate");
    expect(await tab.evaluate(() => document.querySelector("[data-fact-card]")?.getAttribute("data-fact-state"))).toBe(
      "verified",
    );
    // A Chinese paragraph in an English page speaks Chinese.
    expect(
      await tab.evaluate(() =>
        document
          .querySelector("#zh-block [data-factline-mark]")
          ?.shadowRoot?.querySelector("button")
          ?.getAttribute("aria-label"),
      ),
    ).toMatch(/^准确: /);
    // The text with the data-claim's sentence, then the facts: the article judged the pinned figure against its fact.
    expect(requests).toEqual(["POST /v1/check", "GET /v1/facts"]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it("changes no character of the article, and works under the embed's strict CSP", async () => {
    const { tab, context } = await open("/en.html");
    await waitForMarks(tab, 6);
    const result = await tab.evaluate(() => ({
      served: (window as unknown as { articleText: string }).articleText,
      violations: (window as unknown as { violations: string[] }).violations,
      background: getComputedStyle(
        document.querySelector("#wrong [data-factline-mark]")?.shadowRoot?.querySelector("button") as Element,
      ).backgroundColor,
    }));
    expect(await withoutMarks(tab)).toBe(result.served);
    expect(result.violations).toEqual([]);
    // Styled from the shared sheet: a wrong figure's mark is red.
    expect(result.background).toBe("rgb(179, 38, 30)");
    await context.close();
  });

  it("opens the figure's source card with the keyboard: Tab to the mark, Enter, Esc", async () => {
    const { tab, context } = await open("/en.html");
    await waitForMarks(tab, 6);
    const focused = () =>
      tab.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("aria-label") ?? "");
    let guard = 0;
    while (!(await focused()).startsWith("Inaccurate") && guard++ < 20) await tab.keyboard.press("Tab");
    expect(await focused()).toMatch(/^Inaccurate: /);
    await tab.keyboard.press("Enter");
    const dialog = await tab.evaluate(() => {
      const root = document.activeElement?.shadowRoot;
      return {
        text: root?.querySelector('[role="dialog"]')?.textContent ?? "",
        href: root?.querySelector('[role="dialog"] a')?.getAttribute("href"),
      };
    });
    expect(dialog.text).toContain("1.108 billion");
    expect(dialog.text).toContain("Verified against CNNIC");
    expect(dialog.href).toMatch(/^https:\/\//);
    await tab.keyboard.press("Escape");
    expect(await tab.evaluate(() => !!document.activeElement?.shadowRoot?.querySelector('[role="dialog"]'))).toBe(
      false,
    );
    expect(await focused()).toMatch(/^Inaccurate: /);
    await tab.keyboard.press("Space");
    expect(await tab.evaluate(() => !!document.activeElement?.shadowRoot?.querySelector('[role="dialog"]'))).toBe(true);
    await context.close();
  });

  it("has no serious or critical accessibility violations with a mark's card open (axe-core)", async () => {
    const { tab, context } = await open("/en.html", { bypassCSP: true });
    await waitForMarks(tab, 6);
    await tab.evaluate(() =>
      document.querySelector("#wrong [data-factline-mark]")?.shadowRoot?.querySelector("button")?.click(),
    );
    await tab.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await tab.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (options: object) => Promise<{ violations: { id: string; impact: string }[] }> };
        }
      ).axe;
      const result = await axe.run({ resultTypes: ["violations"] });
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it("moves no paragraph: a mark takes its own width on its line, never a line of its own", async () => {
    const { tab, context } = await open("/en.html");
    const tops = () =>
      tab.evaluate(() => [...document.querySelectorAll("article > p")].map((p) => p.getBoundingClientRect().top));
    await tab.waitForLoadState("domcontentloaded");
    const before = await tops();
    await waitForMarks(tab, 6);
    await tab.waitForTimeout(200);
    // No paragraph moved: the marks took no line of their own, only their width on theirs.
    expect(await tops()).toEqual(before);
    expect(await tab.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.1);
    await context.close();
  });

  it("asks for a pinned figure on its own when the article did not judge it against its fact", async () => {
    const { tab, context, requests } = await open("/unread-pin.html");
    await tab.waitForFunction(() => document.querySelector("#other-fact")?.hasAttribute("data-fact-state"));
    await tab.waitForLoadState("networkidle");
    expect(await tab.getAttribute("#other-fact", "data-fact-state")).toBe("verified");
    expect(await marks(tab)).toEqual(["accurate 1.1 billion"]);
    expect(requests[0]).toBe("POST /v1/check");
    // Both at once, after the text: the facts, and the pinned figure alone (one claim: a cacheable GET).
    expect(requests.slice(1).sort()).toEqual(["GET /v1/check", "GET /v1/facts"]);
    await context.close();
  });

  it("reads only the region data-scan names", async () => {
    const { tab, context } = await open("/region.html");
    await waitForMarks(tab, 1);
    await tab.waitForLoadState("networkidle");
    expect(
      await tab.evaluate(() => [...document.querySelectorAll("[data-factline-mark]")].map((m) => m.parentElement?.id)),
    ).toEqual(["in"]);
    await context.close();
  });

  it("checks content added later, and only that", async () => {
    const { tab, context, texts } = await open("/en.html");
    await waitForMarks(tab, 6);
    await tab.waitForLoadState("networkidle");
    await tab.evaluate((html) => document.querySelector("article")?.insertAdjacentHTML("beforeend", html), LATER);
    await tab.waitForFunction(() => !!document.querySelector("#later [data-factline-mark]"), undefined, {
      timeout: 10_000,
    });
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe("Online shoppers numbered 974 million at the end of 2024.");
    expect(await marks(tab)).toHaveLength(7);
    await context.close();
  });

  it("shows nothing and keeps every character when the API is down, with at most one warning", async () => {
    const { tab, context, warnings } = await open("/dead.html");
    await tab.waitForFunction(() => document.querySelector("#claim")?.hasAttribute("data-fact-state"), undefined, {
      timeout: 10_000,
    });
    await tab.waitForTimeout(300);
    const served = await tab.evaluate(() => (window as unknown as { articleText: string }).articleText);
    expect(await tab.evaluate(() => document.querySelectorAll("[data-factline-ui]").length)).toBe(0);
    expect((await withoutMarks(tab)).replace(/ data-fact-state="error"/g, "")).toBe(served);
    expect(warnings.filter((warning) => warning.startsWith("factline")).length).toBeLessThanOrEqual(1);
    await context.close();
  });
});

describe("data-scan on a Chinese article", () => {
  it("marks the figures in Chinese, flags the wrong growth rate, and leaves the years alone", async () => {
    const { tab, context } = await open("/zh.html");
    await waitForMarks(tab, 5);
    await tab.waitForLoadState("networkidle");
    expect(await marks(tab)).toEqual([
      "accurate 我国网民规模超11亿",
      "accurate 国网民规模达11.08亿",
      "accurate 互联网普及率达78.6%",
      "accurate 零售额达15.52万亿元",
      "inaccurate ，比上年增长8.2%",
    ]);
    expect(await tab.evaluate(() => document.querySelectorAll("#zh-years [data-factline-mark]").length)).toBe(0);
    const label = await tab.evaluate(() =>
      document
        .querySelector("#zh-wrong [data-figure-verdict=inaccurate]")
        ?.shadowRoot?.querySelector("button")
        ?.getAttribute("aria-label"),
    );
    expect(label).toMatch(/^不准确: /);
    await context.close();
  });
});

describe("data-scan on a 5,000-word article", () => {
  it("marks its 80 figures in two requests, the text unchanged", async () => {
    const { tab, context, requests } = await open("/long.html");
    await waitForMarks(tab, 80);
    await tab.waitForLoadState("networkidle");
    const words = await tab.evaluate(() => document.querySelector("article")?.textContent?.split(/\s+/).length ?? 0);
    expect(words).toBeGreaterThan(5000);
    expect(await tab.evaluate(() => document.querySelectorAll("[data-figure-verdict=accurate]").length)).toBe(80);
    expect(requests).toEqual(["POST /v1/check", "GET /v1/facts"]);
    const served = await tab.evaluate(() => (window as unknown as { articleText: string }).articleText);
    expect(await withoutMarks(tab)).toBe(served);
    await context.close();
  });

  it("with pinned figures, a sentence and a card, still costs two requests and checks each as before", async () => {
    const { tab, context, requests } = await open("/long-pinned.html");
    await waitForMarks(tab, 81);
    await tab.waitForFunction(() => document.querySelector("[data-fact-card]")?.hasAttribute("data-fact-state"));
    await tab.waitForLoadState("networkidle");
    expect(requests).toEqual(["POST /v1/check", "GET /v1/facts"]);
    expect(await tab.getAttribute("#pinned", "data-fact-state")).toBe("verified");
    expect(await tab.getAttribute("#claim", "data-claim-verdict")).toBe("accurate");
    expect(await tab.evaluate(() => document.querySelectorAll("#claim [data-factline-mark]").length)).toBe(1);
    expect(await tab.getAttribute("[data-fact-card]", "data-fact-state")).toBe("verified");
    await context.close();
  });
});

describe("data-scan on a page with more figures than one answer reads", () => {
  it("marks every figure, in as few articles as the API's figure limit allows", async () => {
    const { tab, context, texts, requests } = await open("/dense.html");
    await waitForMarks(tab, DENSE);
    await tab.waitForLoadState("networkidle");
    expect(await tab.evaluate(() => document.querySelectorAll("[data-figure-verdict=accurate]").length)).toBe(DENSE);
    expect(requests.sort()).toEqual(["GET /v1/facts", "POST /v1/check", "POST /v1/check"]);
    expect(texts.map((text) => text.split("\n").length).sort((a, b) => a - b)).toEqual([20, 500]);
    const served = await tab.evaluate(() => (window as unknown as { articleText: string }).articleText);
    expect(await withoutMarks(tab)).toBe(served);
    await context.close();
  });
});
