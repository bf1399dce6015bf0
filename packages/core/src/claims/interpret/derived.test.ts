import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";
import { extractMultiples } from "../read/multiple.ts";

const checker = createClaimChecker(dataset);
const figure = (text: string, figureText: string) =>
  checker
    .checkClaim(text, { published: "2025-08-30" })
    .figures.find((candidate) => candidate.claimed.text === figureText);

describe("figures derived from two observations", () => {
  it.each([
    ["截至2023年12月，互联网普及率达77.5%，较2022年12月提升1.9个百分点。", "1.9个百分点"],
    [
      "At the end of 2023 internet penetration stood at 77.5%, up 1.9 percentage points from December 2022.",
      "1.9 percentage points",
    ],
    [
      "China's generative AI user base more than doubled to 515 million in only six months, an adoption rate of 36.5% in the first half of 2025.",
      "more than doubled",
    ],
    ["截至2025年6月，生成式人工智能用户规模达5.15亿人，较2024年12月增长2.66亿人，实现翻番。", "翻番"],
  ])("confirms %s", (text, figureText) => {
    const judged = figure(text, figureText);
    expect(judged?.verdict).toBe("accurate");
    expect(judged?.verified?.derivedFrom).toHaveLength(2);
  });

  it.each([
    ["截至2023年12月，互联网普及率达77.5%，较2022年12月提升2.6个百分点。", "2.6个百分点"],
    [
      "At the end of 2023 internet penetration stood at 77.5%, up 0.9 percentage points from December 2022.",
      "0.9 percentage points",
    ],
    [
      "China's generative AI user base nearly doubled to 515 million in only six months, an adoption rate of 36.5% in the first half of 2025.",
      "nearly doubled",
    ],
  ])("never calls a wrong one accurate, and never flags it: %s", (text, figureText) => {
    expect(figure(text, figureText)?.verdict).toBe("unverifiable");
  });

  it("does not guess a base the text does not state", () => {
    expect(figure("截至2025年6月，生成式人工智能用户规模达5.15亿人，实现翻番。", "翻番")?.verdict).toBe("unverifiable");
  });

  it("reads a multiple as the growth it means, within its reach", () => {
    const [doubled] = extractMultiples("users more than doubled");
    expect(doubled).toMatchObject({ value: 100, qualifier: "over", role: "change", multiple: 2 });
    expect(extractMultiples("翻两番")[0]?.multiple).toBe(4);
    expect(extractMultiples("double-digit growth")).toEqual([]);
  });
});
