import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const figure = (text: string, published: string) => checker.checkClaim(text, { published }).figures[0];

describe("a figure with no period that matches an earlier observation", () => {
  it("is unverifiable, naming the period it matches, not flagged against the page's latest", () => {
    const verdict = figure("China has 989 million internet users.", "2023-09-01");
    expect(verdict?.verdict).toBe("unverifiable");
    expect(verdict?.explanation).toContain("December 2020");
    const zh = figure("我国网民规模达9.89亿。", "2023-09-01");
    expect(zh?.verdict).toBe("unverifiable");
    expect(zh?.explanation).toContain("2020年12月");
  });

  it("is still confirmed by the value the page's date implies", () => {
    expect(figure("China has 1.079 billion internet users.", "2023-09-01")?.verdict).toBe("accurate");
  });

  it("is still flagged when it matches no observation at all", () => {
    expect(figure("China has 700 million internet users.", "2023-09-01")?.verdict).toBe("inaccurate");
  });

  it("is judged against its stated period even when an earlier one matches", () => {
    expect(figure("China had 989 million internet users at the end of 2022.", "2023-09-01")?.verdict).toBe(
      "inaccurate",
    );
  });
});

describe("a bound with no period", () => {
  it("is not spared by the earlier observations it happens to bound", () => {
    expect(figure("Fewer than 1 billion people in China use the internet.", "2025-01-24")?.verdict).toBe("inaccurate");
  });
});
