import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const verdictOf = (text: string) => checker.checkClaim(text, { published: "2025-01-24" }).figures[0];

// Mainland figures (CNNIC, NBS, MIIT) leave out Hong Kong, Macao and Taiwan: a figure about them is not judged.
describe("a place outside mainland China named in the sentence", () => {
  it.each([
    "Hong Kong's internet penetration reached 70 percent in 2024.",
    "Taiwan had 20 million internet users at the end of 2024.",
    "Macau's smartphone users numbered 600,000 in 2024.",
    "截至2024年12月，香港网民规模达600万人。",
    "本港互联网普及率在2024年为70%。",
    "2024年底，臺灣網民規模達2000萬人。",
    "全台互联网普及率为70%。",
    "澳门网民规模达60万人。",
  ])("vetoes the mainland metric: %s", (text) => {
    const figure = verdictOf(text);
    expect(figure?.verdict).toBe("unverifiable");
    expect(figure?.reason).toBe("other-entity");
  });

  it("leaves a mainland figure judged", () => {
    expect(verdictOf("截至2024年12月，我国网民规模达6亿人。")?.verdict).toBe("inaccurate");
    expect(
      verdictOf("A port city's cargo grew, while China had 600 million internet users at the end of 2024.")?.verdict,
    ).toBe("inaccurate");
  });
});
