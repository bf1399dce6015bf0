// Time for the widget to enhance a page with 200 marked figures in real Chromium, against the real
// Worker on Miniflare (the API build), as a ratio to a page with one figure in the same run; plus the script's sizes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startLocalServer } from "../../api/scripts/local-server.ts";
import { MAX_BATCH } from "../src/api.ts";
import { launchChromium } from "../test/browser/chromium.ts";
import { longArticle } from "../test/browser/long-article.ts";
import { startPublisherSite } from "../test/browser/servers.ts";

const IDS = [
  "cn-internet-users-2024-12",
  "cn-online-shoppers-2024-12",
  "cn-online-retail-sales-2024",
  "cn-5g-base-stations-2024-11",
  "cn-micro-drama-audience-2024-12",
];
const TEXT = ["1.1 billion", "974 million", "15.52 trillion yuan", "4.19 million", "662 million"];

function page(worker: string, figures: number): string {
  const spans = Array.from(
    { length: figures },
    (_, i) => `<p>Figure ${i}: <span data-fact="${IDS[i % IDS.length]}">${TEXT[i % TEXT.length]}</span></p>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${worker}/widget.js" async></script></head><body>${spans}</body></html>`;
}

/** A scanned article (data-scan, no markup on its figures) of `figures` paragraphs. */
function scannedPage(worker: string, figures: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2025-01-17"><script src="${worker}/widget.js" data-scan async></script></head><body><main>${longArticle(figures)}</main></body></html>`;
}

const worker = await startLocalServer();
const site = await startPublisherSite((path) => {
  const scanned = Number(/^\/scan-(\d+)\.html$/.exec(path)?.[1]);
  if (Number.isFinite(scanned)) return { body: scannedPage(worker.origin, scanned) };
  const figures = Number(/^\/(\d+)\.html$/.exec(path)?.[1]);
  return Number.isFinite(figures) ? { body: page(worker.origin, figures) } : undefined;
});
const browser = await launchChromium();

async function timeToEnhance(figures: number): Promise<number> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${site.origin}/${figures}.html`);
  await tab.waitForFunction(
    () => [...document.querySelectorAll("[data-fact]")].every((element) => element.hasAttribute("data-fact-state")),
    undefined,
    { timeout: 30_000 },
  );
  const millis = await tab.evaluate(() => performance.now());
  const requests = await tab.evaluate(
    () => performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/v1/")).length,
  );
  await context.close();
  // One GET per 100 distinct ids and one check per 100 distinct (figure, fact) pairs: never one per element.
  const distinct = Math.min(figures, IDS.length);
  const expected = 2 * Math.ceil(distinct / MAX_BATCH);
  if (requests > expected) throw new Error(`${figures} figures cost ${requests} API requests, not ${expected}`);
  return millis;
}

/** Time from navigation to a mark after every figure of a scanned article; two requests at most. */
async function timeToMarks(figures: number): Promise<number> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${site.origin}/scan-${figures}.html`);
  await tab.waitForFunction((n) => document.querySelectorAll("[data-factline-mark]").length >= n, figures, {
    timeout: 30_000,
  });
  const millis = await tab.evaluate(() => performance.now());
  const requests = await tab.evaluate(
    () => performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/v1/")).length,
  );
  await context.close();
  if (requests > 2) throw new Error(`a scanned article of ${figures} figures cost ${requests} API requests, not 2`);
  return millis;
}

try {
  const scans: [number, number][] = [];
  for (let round = 0; round < 5; round++) scans.push([await timeToMarks(1), await timeToMarks(80)]);
  const runs: [number, number][] = [];
  for (let round = 0; round < 5; round++) runs.push([await timeToEnhance(1), await timeToEnhance(200)]);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const one = median(runs.map(([a]) => a));
  const many = median(runs.map(([, b]) => b));
  const { sizes } = JSON.parse(readFileSync(join(import.meta.dirname, "..", "dist", "widget.json"), "utf8")) as {
    sizes: Record<string, number>;
  };
  console.log("widget.js size (bytes)");
  console.log(`| raw | gzip | brotli |\n| ---: | ---: | ---: |\n| ${sizes.raw} | ${sizes.gzip} | ${sizes.brotli} |`);
  console.log("\ntime from navigation to every figure enhanced, Chromium headless, median of 5 (ms)");
  console.log(
    `| page | ms | ratio |\n| --- | ---: | ---: |\n| 1 figure | ${one.toFixed(0)} | 1.00 |\n| 200 figures | ${many.toFixed(0)} | ${(many / one).toFixed(2)} |`,
  );
  const scanOne = median(scans.map(([a]) => a));
  const scanMany = median(scans.map(([, b]) => b));
  console.log("\ntime from navigation to a mark after every figure, data-scan, median of 5 (ms)");
  console.log(
    `| article | ms | ratio |\n| --- | ---: | ---: |\n| 1 paragraph, 1 figure | ${scanOne.toFixed(0)} | 1.00 |\n| ~5,400 words, 80 figures | ${scanMany.toFixed(0)} | ${(scanMany / scanOne).toFixed(2)} |`,
  );
} finally {
  await browser.close();
  await site.close();
  await worker.stop();
}
