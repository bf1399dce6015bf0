import { dataset } from "@factline/core/dataset";
import { type ComponentChild, h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import type { ClaimCheck, Fact } from "../types.ts";
import { ClaimBadge } from "./ClaimBadge.tsx";
import { FactBadge } from "./FactBadge.tsx";
import { StatCard } from "./StatCard.tsx";

const fact = (id: string) => dataset.facts.find((candidate) => candidate.id === id) as Fact;
let container: HTMLElement;

function mount(view: ComponentChild): HTMLElement {
  container = document.createElement("div");
  document.body.append(container);
  render(view, container);
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe("FactBadge", () => {
  it("marks a verified figure with an accessible button that opens the source card", () => {
    const root = mount(
      h(FactBadge, { fact: fact("cn-internet-users-2024-12"), state: "verified", written: "1.1 billion", lang: "en" }),
    );
    const button = root.querySelector("button") as HTMLButtonElement;
    expect(button.getAttribute("aria-label")).toBe("Verified: 1.108 billion, CNNIC");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    button.click();
    return Promise.resolve().then(() => {
      const dialog = root.querySelector('[role="dialog"]');
      expect(button.getAttribute("aria-expanded")).toBe("true");
      expect(dialog?.textContent).toContain("1.108 billion");
      expect(dialog?.textContent).toContain("as of December 2024");
      expect(dialog?.textContent).toContain("Verified against CNNIC");
      expect(dialog?.querySelector("a")?.getAttribute("href")).toBe(fact("cn-internet-users-2024-12").source.url);
      expect(dialog?.querySelector("blockquote")?.textContent).toContain("exceeded 1.1 billion");
    });
  });

  it("flags a mismatch, naming what the author wrote and what the source says", () => {
    const root = mount(
      h(FactBadge, { fact: fact("cn-internet-users-2024-12"), state: "mismatch", written: "1.3 billion", lang: "en" }),
    );
    const button = root.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).toBe("!");
    expect(button.className).toContain("bad");
    expect(button.getAttribute("aria-label")).toBe("1.3 billion: Does not match the source: 1.108 billion, CNNIC");
  });

  it("says reported, not verified, for figures the primary document was not checked against", () => {
    const root = mount(
      h(FactBadge, {
        fact: fact("cn-online-travel-users-2024-12"),
        state: "verified",
        written: "548 million",
        lang: "en",
      }),
    );
    (root.querySelector("button") as HTMLButtonElement).click();
    return Promise.resolve().then(() => {
      expect(root.querySelector('[role="dialog"]')?.textContent).toContain("Not verified; reported by CNNIC");
    });
  });

  it("speaks Chinese in a zh page", () => {
    const root = mount(
      h(FactBadge, {
        fact: fact("cn-online-retail-sales-2024"),
        state: "verified",
        written: "15.52万亿元",
        lang: "zh",
      }),
    );
    expect(root.querySelector("button")?.getAttribute("aria-label")).toBe("已核实: 15.52万亿元, 国家统计局");
  });
});

describe("StatCard", () => {
  it("shows value, label, period, change and source", () => {
    const root = mount(
      h(StatCard, {
        fact: fact("cn-online-shoppers-2024-12"),
        change: fact("cn-online-shoppers-change-2024"),
        lang: "en",
      }),
    );
    const text = root.textContent ?? "";
    expect(text).toContain("974 million");
    expect(text).toContain("Online shopping users");
    expect(text).toContain("as of December 2024");
    expect(text).toContain("+59.5 million since December 2023");
    expect(root.querySelector("a")?.textContent).toBe("Source: CNNIC");
  });

  it("gives a comparable-basis growth rate as year on year, and in Chinese as 同比", () => {
    const sales = fact("cn-online-retail-sales-2024");
    const growth = fact("cn-online-retail-sales-growth-2024");
    expect(mount(h(StatCard, { fact: sales, change: growth, lang: "en" })).textContent).toContain("+7.2% year on year");
    render(null, container);
    container.remove();
    expect(mount(h(StatCard, { fact: sales, change: growth, lang: "zh" })).textContent).toContain("同比+7.2%");
  });
});

describe("a figure with a newer observation", () => {
  const stale = () => fact("cn-internet-users-2024-12");

  it("says so in the badge's source card, in the fact's own formatting", () => {
    const root = mount(h(FactBadge, { fact: stale(), state: "verified", written: "1.1 billion", lang: "en" }));
    (root.querySelector("button") as HTMLButtonElement).click();
    return Promise.resolve().then(() => {
      expect(root.querySelector('[role="dialog"] .newer')?.textContent).toBe(
        "Newer figure: 1.125 billion, December 2025",
      );
    });
  });

  it("says so in the stat card, in Chinese on a zh page", () => {
    expect(
      mount(h(StatCard, { fact: stale(), change: undefined, lang: "zh" })).querySelector(".newer")?.textContent,
    ).toBe("最新数据：11.25亿人（2025年12月）");
  });

  it("says nothing for the latest observation", () => {
    const latest = fact("cn-internet-users-2025-12");
    expect(latest.newer).toBeNull();
    expect(mount(h(StatCard, { fact: latest, change: undefined, lang: "en" })).querySelector(".newer")).toBeNull();
  });
});

describe("the stat card's sparkline", () => {
  const users = fact("cn-internet-users-2025-12");
  const series = [
    { period: { kind: "instant", date: "1997-12" }, value: 620_000 },
    { period: { kind: "instant", date: "2010-12" }, value: 457_000_000 },
    { period: { kind: "instant", date: "2025-12" }, value: 1_125_000_000 },
  ] as const;

  it("draws the series as one SVG line, rising left to right, named by its first and last points", () => {
    const svg = mount(h(StatCard, { fact: users, change: undefined, series, lang: "en" })).querySelector("svg");
    const label = "Internet users, December 1997 to December 2025: 620,000 to 1.125 billion";
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-label")).toBe(label);
    expect(svg?.querySelector("title")?.textContent).toBe(label);
    const points = (svg?.querySelector("polyline")?.getAttribute("points") ?? "")
      .split(" ")
      .map((p) => p.split(",").map(Number));
    expect(points).toHaveLength(3);
    expect(points[0]).toEqual([0, 23]);
    expect(points[2]).toEqual([100, 1]);
    expect(svg?.hasAttribute("style")).toBe(false);
  });

  it("names the points in Chinese on a zh page", () => {
    const svg = mount(h(StatCard, { fact: users, change: undefined, series, lang: "zh" })).querySelector("svg");
    expect(svg?.getAttribute("aria-label")).toBe("网民规模，1997年12月至2025年12月：62万人至11.25亿人");
  });

  it("draws nothing for a single point", () => {
    const root = mount(h(StatCard, { fact: users, change: undefined, series: series.slice(0, 1), lang: "en" }));
    expect(root.querySelector("svg")).toBeNull();
  });
});

describe("ClaimBadge", () => {
  const check = (verdict: ClaimCheck["verdict"], explanation: string): ClaimCheck => ({
    claim: "x",
    lang: "en",
    verdict,
    explanation,
    factId: null,
    claimed: null,
    verified: null,
    figures: [],
    judged: 0,
    notChecked: 0,
    ignored: [],
  });

  it.each([
    ["accurate", "✓", "Accurate"],
    ["imprecise", "≈", "Imprecise"],
    ["inaccurate", "✗", "Inaccurate"],
    ["unverifiable", "?", "Unverifiable"],
  ] as const)("shows %s as %s with the explanation", (verdict, mark, word) => {
    const root = mount(h(ClaimBadge, { check: check(verdict, "Because."), lang: "en" }));
    const button = root.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).toBe(mark);
    expect(button.getAttribute("aria-label")).toBe(`${word}: Because.`);
  });

  it("uses Chinese verdict words in a zh page", () => {
    const root = mount(h(ClaimBadge, { check: check("inaccurate", "不准确：……"), lang: "zh" }));
    expect(root.querySelector("button")?.getAttribute("aria-label")).toBe("不准确: 不准确：……");
  });
});
