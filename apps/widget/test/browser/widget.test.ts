import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { freePort, type Page as SitePage, startPublisherSite } from "./servers.ts";

const worker = inject("workerOrigin");
const require = createRequire(import.meta.url);

let browser: Browser;
let site: Awaited<ReturnType<typeof startPublisherSite>>;
let deadPort: number;

const ARTICLE = `<p id="p1">China's internet users topped <span data-fact="cn-internet-users-2024-12">1.1 billion</span> in 2024.</p>
<p id="p2">Online shoppers numbered <span data-fact="cn-online-shoppers-2024-12">1.3 billion</span>.</p>
<div data-fact-card="cn-online-retail-sales-2024"></div>
<p id="p3"><span data-claim>Online retail sales grew 7.2 percent in 2024.</span></p>`;

/** A stale figure, a latest card and a claim, on a page that states its date. */
const DATED_ARTICLE = `<article><p>China had <span id="stale" data-fact="cn-internet-users-2024-12">1.108 billion</span> internet users.</p>
<div id="latest" data-fact-card="latest:internet-users"></div>
<div id="retail" data-fact-card="cn-online-retail-sales-2024"></div>
<p><span data-claim>Online retail sales grew 7.2 percent last year.</span></p></article>`;

function publisherPage(scriptTag: string, article = ARTICLE, head = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>${head}${scriptTag}</head><body><main>${article}</main></body></html>`;
}

beforeAll(async () => {
  browser = await launchChromium();
  deadPort = await freePort();
  site = await startPublisherSite((path): SitePage | "hang" | undefined => {
    const csp = `script-src ${worker}; connect-src ${worker}; style-src 'self'`;
    switch (path) {
      case "/strict-csp.html":
        return {
          body: publisherPage(`<script src="${worker}/widget.js" async></script>`),
          headers: { "Content-Security-Policy": csp },
        };
      case "/dated.html":
        return {
          body: publisherPage(
            `<script src="${worker}/widget.js" async></script>`,
            DATED_ARTICLE,
            '<meta property="article:published_time" content="2025-01-17T10:00:00+08:00">',
          ),
          headers: { "Content-Security-Policy": csp },
        };
      case "/dead-api.html":
        return {
          body: publisherPage(
            `<script src="${worker}/widget.js" data-api="http://127.0.0.1:${deadPort}" async></script>`,
          ),
        };
      case "/slow-api.html":
        return { body: publisherPage(`<script src="${worker}/widget.js" data-api="/slow" async></script>`) };
      case "/garbage-api.html":
        return { body: publisherPage(`<script src="${worker}/widget.js" data-api="/garbage" async></script>`) };
      case "/single-load.html":
        return { body: publisherPage(`<script src="${worker}/widget.js" async></script>`) };
      case "/double-load.html":
        return {
          body: publisherPage(
            `<script src="${worker}/widget.js" async></script><script src="${worker}/widget.js" async></script>`,
          ),
        };
      case "/queue.html":
        return {
          body: publisherPage(
            `<script src="/queue-stub.js"></script>`,
            // A figure inside a publisher component's shadow root, queued before the widget's tag is even parsed:
            // a document scan cannot see it, only the queued scan.
            `<p><span data-fact="cn-internet-users-2024-12">1.1 billion</span></p><p id="boxed"></p><script src="/queue-shadow.js"></script><script src="${worker}/widget.js" async></script><template id="later"><p id="late"><span data-fact="cn-5g-base-stations-2024-11">4.19 million</span></p></template>`,
          ),
        };
      case "/queue-stub.js":
        return {
          body: "window.factline=window.factline||{q:[],scan:function(r){this.q.push(r)}};",
          headers: { "Content-Type": "text/javascript" },
        };
      case "/queue-shadow.js":
        return {
          body: `const shadow = document.getElementById("boxed").attachShadow({ mode: "open" });
shadow.innerHTML = '<span data-fact="cn-online-shoppers-2024-12">974 million</span>';
window.factline.scan(shadow);`,
          headers: { "Content-Type": "text/javascript" },
        };
      case "/dark.html":
        return { body: publisherPage(`<script src="${worker}/widget.js" data-theme="dark" async></script>`) };
      default:
        if (path.startsWith("/slow/")) return "hang";
        if (path.startsWith("/garbage/"))
          return { body: '{"data": "not facts", "results": [1, 2]}', headers: { "Content-Type": "application/json" } };
        return undefined;
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Observed {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly apiRequests: string[];
  /** Each API request's URL and body, for what it carries. */
  readonly apiPayloads: string[];
  readonly warnings: string[];
  readonly errors: string[];
  /** The page's Content-Security-Policy violations so far. */
  readonly cspViolations: () => Promise<string[]>;
}

async function open(
  url: string,
  options: { bypassCSP?: boolean; colorScheme?: "light" | "dark" } = {},
): Promise<Observed> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? "light",
  });
  await context.addInitScript(() => {
    const record: string[] = [];
    (window as unknown as { violations: string[] }).violations = record;
    document.addEventListener("securitypolicyviolation", (event) =>
      record.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const cspViolations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  const apiRequests: string[] = [];
  const apiPayloads: string[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (!/\/v1\//.test(request.url())) return;
    apiRequests.push(`${request.method()} ${request.url()}`);
    apiPayloads.push(`${request.url()} ${request.postData() ?? ""}`);
  });
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, context, apiRequests, apiPayloads, warnings, errors, cspViolations };
}

/** Waits until no marked element is left without a state. */
async function enhanced(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("[data-fact],[data-fact-card],[data-claim]")].every(
        (element) => element.hasAttribute("data-fact-state") || element.hasAttribute("data-claim-verdict"),
      ),
    undefined,
    { timeout },
  );
}

/** The page's own text, with everything factline added left out. */
function authorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.querySelector("main")?.cloneNode(true) as HTMLElement;
    for (const ui of copy.querySelectorAll("[data-factline-ui]")) ui.remove();
    return copy.innerHTML.replace(/ data-(fact-state|claim-verdict)="[^"]*"/g, "").replace(/ style="[^"]*"/g, "");
  });
}

/** Each scan mark on the page: its verdict and the figure just before it. */
function demoMarks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-factline-mark]")].map(
      (mark) =>
        `${mark.getAttribute("data-figure-verdict")} ${mark.previousSibling?.textContent?.split(/[\s，。、]/).at(-1)}`,
    ),
  );
}

describe("the English demo page", () => {
  it("scans the article: a mark after each judged figure, the wrong ones flagged, the pinned figure and card kept", async () => {
    const { page, context, apiRequests, errors } = await open(`${worker}/`);
    const before = await page.evaluate(() => document.querySelector("article")?.textContent);
    await enhanced(page);
    await page.waitForFunction(() => document.querySelectorAll("[data-factline-mark]").length > 10, undefined, {
      timeout: 15_000,
    });
    await page.waitForLoadState("networkidle");
    const marks = await demoMarks(page);
    expect(marks.filter((mark) => mark.startsWith("inaccurate"))).toEqual(["inaccurate billion", "inaccurate percent"]);
    expect(marks.filter((mark) => mark.startsWith("accurate")).length).toBeGreaterThan(10);
    expect(await page.getAttribute('[data-fact="cn-internet-users-2024-12"]', "data-fact-state")).toBe("verified");
    expect(await page.evaluate(() => document.querySelector("article")?.textContent)).toBe(before);
    // The text, the pinned figure's check, then one GET for every fact the page shows.
    expect(apiRequests.filter((request) => request.includes("/v1/facts?ids="))).toHaveLength(1);
    expect(apiRequests.length).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    // The article's 1.1 billion was December 2024's figure: the card says a newer one exists.
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-fact-card="cn-internet-users-2024-12"]')?.shadowRoot?.querySelector(".newer")
            ?.textContent,
      ),
    ).toBe("Newer figure: 1.125 billion, December 2025");
    await context.close();
  });

  it("can be used with the keyboard alone: Tab, Enter or Space to open, Esc to close, focus back on the badge", async () => {
    const { page, context } = await open(`${worker}/`);
    await enhanced(page);
    const focusedBadge = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        return inner ? `${inner.tagName}:${inner.getAttribute("aria-label")}` : null;
      });
    await page.keyboard.press("Tab");
    let guard = 0;
    while (!(await focusedBadge())?.startsWith("BUTTON:Verified") && guard++ < 10) await page.keyboard.press("Tab");
    const label = await focusedBadge();
    expect(label).toMatch(/^BUTTON:Verified: 1\.108 billion, CNNIC/);
    const dialogOpen = () =>
      page.evaluate(() => !!document.activeElement?.shadowRoot?.querySelector('[role="dialog"]'));

    await page.keyboard.press("Enter");
    expect(await dialogOpen()).toBe(true);
    const dialogText = await page.evaluate(
      () => document.activeElement?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? "",
    );
    expect(dialogText).toContain("Verified against CNNIC");
    expect(dialogText).toContain("China's internet user base has exceeded 1.1 billion");
    await page.keyboard.press("Escape");
    expect(await dialogOpen()).toBe(false);
    expect(await focusedBadge()).toBe(label);

    await page.keyboard.press("Space");
    expect(await dialogOpen()).toBe(true);
    await page.mouse.click(5, 5);
    expect(await dialogOpen()).toBe(false);
    await context.close();
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const { page, context } = await open(`${worker}/`, { bypassCSP: true });
    await enhanced(page);
    // Open one source card so the dialog is audited too.
    await page.evaluate(() =>
      document.querySelector("[data-fact] [data-factline-ui]")?.shadowRoot?.querySelector("button")?.click(),
    );
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run({
        resultTypes: ["violations"],
      });
      return result.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it("shifts the layout by less than 0.1 while enhancing", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${worker}/`);
    await enhanced(page);
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    expect(cls).toBeLessThan(0.1);
    await context.close();
  });
});

describe("the Chinese demo page", () => {
  it("speaks Chinese and formats in 亿 and 万亿", async () => {
    const { page, context } = await open(`${worker}/zh`);
    await enhanced(page);
    await page.waitForFunction(() => document.querySelectorAll("[data-factline-mark]").length > 5, undefined, {
      timeout: 15_000,
    });
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-fact-card="cn-internet-users-2024-12"]')?.shadowRoot?.querySelector(".newer")
            ?.textContent,
      ),
    ).toBe("最新数据：11.25亿人（2025年12月）");
    const badge = await page.evaluate(() =>
      document
        .querySelector("[data-fact] [data-factline-ui]")
        ?.shadowRoot?.querySelector("button")
        ?.getAttribute("aria-label"),
    );
    expect(badge).toBe("已核实: 11.08亿人, 中国互联网络信息中心");
    const retail = await page.evaluate(async () => {
      const mark = [...document.querySelectorAll("[data-factline-mark]")].find((m) =>
        m.previousSibling?.textContent?.endsWith("15.52万亿元"),
      );
      mark?.shadowRoot?.querySelector("button")?.click();
      // Preact draws the opened dialog on its next render, after the click's task.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return mark?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? "";
    });
    expect(retail).toContain("15.52万亿元");
    expect(retail).toContain("国家统计局");
    expect((await demoMarks(page)).filter((mark) => mark.startsWith("inaccurate")).length).toBeGreaterThanOrEqual(1);
    await context.close();
  });
});

describe("the draft checker page", () => {
  it("highlights every sentence with a figure by verdict", async () => {
    const { page, context } = await open(`${worker}/check`);
    await page.click('button[type="submit"]');
    await page.waitForSelector("#results li");
    const verdicts = await page.$$eval("#results li", (items) =>
      items.map((item) => item.getAttribute("data-claim-verdict")),
    );
    expect(verdicts).toEqual([
      "accurate",
      "accurate",
      "inaccurate",
      "inaccurate",
      "unverifiable",
      "accurate",
      "accurate",
    ]);
    expect(await page.$$eval("#highlighted mark.inaccurate", (marks) => marks.length)).toBe(2);
    await context.close();
  });

  it("marks each figure inline with its own verdict and explanation, the draft's text unchanged", async () => {
    const { page, context } = await open(`${worker}/check`);
    const draft = await page.inputValue("#draft");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#results li");
    const figures = await page.$$eval("#highlighted mark.figure", (marks) =>
      marks.map((mark) => `${mark.getAttribute("data-figure-verdict")} ${mark.textContent}`),
    );
    expect(figures.slice(0, 5)).toEqual([
      "accurate 1.1 billion",
      "accurate 974 million",
      "accurate 59.5 million",
      "inaccurate 15.52 trillion US dollars",
      "inaccurate 8.2 percent",
    ]);
    expect(figures).toContain("accurate 11.08亿");
    expect(
      await page.$eval("#highlighted mark.figure[data-figure-verdict=inaccurate]", (mark) =>
        mark.getAttribute("title"),
      ),
    ).toMatch(/^inaccurate: /);
    expect(await page.textContent("#highlighted")).toBe(draft);
    await context.close();
  });

  it("counts in its summary the sentences it lists, and says how many it left out", async () => {
    const { page, context } = await open(`${worker}/check`);
    // More figures than one answer lists.
    await page.fill("#draft", "China's internet user base has exceeded 1.1 billion. ".repeat(520));
    await page.fill("#published", "2025-01-17");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#results li");
    const listed = await page.$$eval("#results li", (items) => items.length);
    expect(listed).toBeLessThan(520);
    const summary = (await page.textContent("#summary")) ?? "";
    expect(summary).toContain(`${listed} sentences with figures: ${listed} accurate,`);
    expect(summary).toContain(`${520 - listed} more sentences were checked but not listed`);
    await context.close();
  });

  it("sends the date published and counts the figures the dataset could judge", async () => {
    const { page, context, apiPayloads } = await open(`${worker}/check`);
    await page.fill(
      "#draft",
      "China had 1.108 billion internet users and India had 900 million. India has 900 million internet users.",
    );
    await page.fill("#published", "2025-01-17");
    await page.click('button[type="submit"]');
    await page.waitForSelector("#results li");
    expect(apiPayloads.join("\n")).toContain('"published":"2025-01-17"');
    // The Indian figure cannot be judged: it sinks nothing, but the sentence is verified only in part.
    expect(
      await page.$$eval("#results li", (items) => items.map((item) => item.getAttribute("data-claim-verdict"))),
    ).toEqual(["unverifiable", "unverifiable"]);
    expect(await page.$$eval("#results li .figures", (items) => items.map((item) => item.textContent))).toEqual([
      " (1 of 2 figures verified)",
      " (0 of 1 figure verified)",
    ]);
    expect(await page.textContent("#summary")).toContain("1 of 3 figures verified");
    await context.close();
  });
});

describe("on a publisher's page", () => {
  it("works under a strict CSP with no violations, styles applied", async () => {
    const { page, context, cspViolations } = await open(`${site.origin}/strict-csp.html`);
    await enhanced(page);
    expect(await cspViolations()).toEqual([]);
    const background = await page.evaluate(() => {
      const button = document.querySelector("[data-fact] [data-factline-ui]")?.shadowRoot?.querySelector("button");
      return button ? getComputedStyle(button).backgroundColor : "";
    });
    expect(background).toBe("rgb(10, 125, 59)");
    expect(await page.getAttribute("#p2 [data-fact]", "data-fact-state")).toBe("mismatch");
    await context.close();
  });

  it("follows a dark color scheme and a data-theme override", async () => {
    const dark = await open(`${site.origin}/strict-csp.html`, { colorScheme: "dark" });
    await enhanced(dark.page);
    const badgeColor = (page: Page) =>
      page.evaluate(
        () =>
          getComputedStyle(
            document.querySelector("[data-fact] [data-factline-ui]")?.shadowRoot?.querySelector("button") as Element,
          ).backgroundColor,
      );
    expect(await badgeColor(dark.page)).toBe("rgb(111, 211, 148)");
    await dark.context.close();
    const pinned = await open(`${site.origin}/dark.html`, { colorScheme: "light" });
    await enhanced(pinned.page);
    expect(await badgeColor(pinned.page)).toBe("rgb(111, 211, 148)");
    await pinned.context.close();
  });

  it.each([
    ["a dead API", "/dead-api.html"],
    ["an API that never answers", "/slow-api.html"],
    ["an API answering garbage", "/garbage-api.html"],
  ])("keeps the text exactly as written with %s, with at most one warning", async (_, path) => {
    const { page, context, warnings, errors } = await open(`${site.origin}${path}`);
    const before = await authorText(page);
    await enhanced(page, 10_000);
    expect(await authorText(page)).toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll("[data-factline-ui]").length)).toBe(0);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll("[data-fact],[data-fact-card],[data-claim]")].map((e) =>
          e.getAttribute("data-fact-state"),
        ),
      ),
    ).toEqual(["error", "error", "error", "error"]);
    expect(warnings.filter((warning) => warning.startsWith("factline")).length).toBeLessThanOrEqual(1);
    expect(errors.filter((error) => !/Failed to load resource|ERR_CONNECTION_REFUSED|net::/.test(error))).toEqual([]);
    await context.close();
  });

  it("enhances once when the script is included twice", async () => {
    const requestsFor = async (path: string) => {
      const { page, context, apiRequests } = await open(`${site.origin}${path}`);
      await enhanced(page);
      await page.waitForLoadState("networkidle");
      const hosts = await page.evaluate(() => document.querySelectorAll("[data-factline-ui]").length);
      await context.close();
      return { requests: apiRequests.length, hosts };
    };
    const once = await requestsFor("/single-load.html");
    expect(once.requests).toBeGreaterThan(0);
    expect(await requestsFor("/double-load.html")).toEqual(once);
  });

  it("runs scans queued before it loaded and picks up figures added later", async () => {
    const { page, context } = await open(`${site.origin}/queue.html`);
    await enhanced(page);
    await page.waitForFunction(
      () => document.getElementById("boxed")?.shadowRoot?.querySelector("[data-fact]")?.hasAttribute("data-fact-state"),
      undefined,
      { timeout: 10_000 },
    );
    expect(
      await page.evaluate(() =>
        document.getElementById("boxed")?.shadowRoot?.querySelector("[data-fact]")?.getAttribute("data-fact-state"),
      ),
    ).toBe("verified");
    await page.evaluate(() => {
      const template = document.getElementById("later") as HTMLTemplateElement;
      document.querySelector("main")?.append(template.content.cloneNode(true));
    });
    await page.waitForFunction(
      () => document.querySelector("#late [data-fact]")?.getAttribute("data-fact-state") === "verified",
      undefined,
      { timeout: 10_000 },
    );
    expect(await page.evaluate(() => typeof (window as unknown as { factline: { scan: unknown } }).factline.scan)).toBe(
      "function",
    );
    await context.close();
  });
});

describe("newer figures, latest cards, sparklines and the page's date", () => {
  it("marks a stale figure, says so in its source card, and fills a latest: card with the newest figure", async () => {
    const { page, context, apiRequests } = await open(`${site.origin}/dated.html`);
    await enhanced(page);
    expect(await page.getAttribute("#stale", "data-fact-newer")).toBe("cn-internet-users-2025-12");
    expect(await page.getAttribute("#stale", "data-fact-state")).toBe("verified");
    const notice = await page.evaluate(async () => {
      const root = document.querySelector("#stale [data-factline-ui]")?.shadowRoot;
      root?.querySelector("button")?.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return root?.querySelector('[role="dialog"] .newer')?.textContent;
    });
    expect(notice).toBe("Newer figure: 1.125 billion, December 2025");
    expect(await page.getAttribute("#latest", "data-fact-state")).toBe("verified");
    expect(await page.getAttribute("#latest", "data-fact-newer")).toBeNull();
    const latest = await page.evaluate(() => ({
      value: document.querySelector("#latest")?.shadowRoot?.querySelector(".value")?.textContent,
      period: document.querySelector("#latest")?.shadowRoot?.querySelector(".period")?.textContent,
      newer: document.querySelector("#latest")?.shadowRoot?.querySelector(".newer"),
    }));
    expect(latest).toEqual({ value: "1.125 billion", period: "as of December 2025", newer: null });
    expect(apiRequests.length).toBeLessThanOrEqual(2);
    expect(apiRequests.filter((request) => request.includes("/v1/facts?"))).toHaveLength(1);
    await context.close();
  });

  it("sends the page's article:published_time with every check, and no date from a page that states none", async () => {
    const dated = await open(`${site.origin}/dated.html`);
    await enhanced(dated.page);
    const checks = dated.apiPayloads.filter((payload) => payload.includes("/v1/check"));
    expect(checks).toHaveLength(1);
    // Two checks on the page (the pinned figure and the claim): one POST carrying the date once.
    expect(JSON.parse(checks[0]?.slice(checks[0].indexOf(" ") + 1) ?? "{}")).toMatchObject({
      published: "2025-01-17",
      claims: [
        { claim: "1.108 billion", fact: "cn-internet-users-2024-12" },
        "Online retail sales grew 7.2 percent last year.",
      ],
    });
    await dated.context.close();
    const undated = await open(`${site.origin}/strict-csp.html`);
    await enhanced(undated.page);
    expect(undated.apiPayloads.filter((payload) => payload.includes("/v1/check"))).toHaveLength(1);
    expect(undated.apiPayloads.join("\n")).not.toContain("published");
    await undated.context.close();
  });

  it("draws each card's series as a sparkline, styled under a strict CSP, with a text alternative", async () => {
    const { page, context, cspViolations } = await open(`${site.origin}/dated.html`);
    await enhanced(page);
    const sparkline = await page.evaluate(() => {
      const svg = document.querySelector("#latest")?.shadowRoot?.querySelector("svg");
      const line = svg?.querySelector("polyline");
      return {
        role: svg?.getAttribute("role"),
        label: svg?.getAttribute("aria-label"),
        title: svg?.querySelector("title")?.textContent,
        points: line?.getAttribute("points")?.split(" ").length,
        stroke: line ? getComputedStyle(line).stroke : "",
        fill: line ? getComputedStyle(line).fill : "",
        height: svg?.getBoundingClientRect().height,
      };
    });
    expect(sparkline).toMatchObject({
      role: "img",
      label: "Internet users, December 1997 to December 2025: 620,000 to 1.125 billion",
      title: "Internet users, December 1997 to December 2025: 620,000 to 1.125 billion",
      stroke: "rgb(26, 115, 232)",
      fill: "none",
    });
    expect(sparkline.points).toBeGreaterThan(2);
    expect(sparkline.height).toBeGreaterThan(20);
    expect(
      await page.evaluate(
        () => document.querySelector("#retail")?.shadowRoot?.querySelector("svg")?.getAttribute("aria-label") ?? "",
      ),
    ).toMatch(/^Online retail sales, \d{4} to 2025: .+ to .+ yuan$/);
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });
});
