import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const figures = (text: string, published: string) => checker.checkClaim(text, { published }).figures;

describe("an undated level beside a change from a stated month", () => {
  it("is not confirmed by the base month's own figure", () => {
    const [level] = figures(
      "China had 1.067 billion internet users, 11.09 million more than in December 2022.",
      "2023-09-01",
    );
    expect(level?.verdict).not.toBe("accurate");
    const [zh] = figures("网民规模达10.67亿人，较2022年12月增长1109万人。", "2023-09-01");
    expect(zh?.verdict).not.toBe("accurate");
  });

  it("is still confirmed by a later figure", () => {
    const [level] = figures(
      "China had 1.079 billion internet users, 11.09 million more than in December 2022.",
      "2023-09-01",
    );
    expect(level?.verdict).toBe("accurate");
    const [zh] = figures("网民规模达10.79亿人，较2022年12月增长1109万人。", "2023-09-01");
    expect(zh?.verdict).toBe("accurate");
  });

  it("keeps a loose base's year: 比去年 may be the year the level closes", () => {
    const [level] = figures("网民规模达10.67亿人，比去年增长3549万人。", "2023-04-01");
    expect(level?.verdict).toBe("accurate");
  });
});
