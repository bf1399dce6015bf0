import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const figures = (text: string) => checker.checkClaim(text).figures.map(({ verdict, factId }) => ({ verdict, factId }));

describe("网民 as the whole a share is counted within", () => {
  it.each([
    ["截至2023年6月，网络购物用户规模达8.84亿人，在整体网民中占比82.0%。", "cn-online-shoppers-share-2023-06"],
    ["截至2023年6月，即时通信用户规模达10.47亿人，网民使用率97.1%。", "cn-instant-messaging-users-share-2023-06"],
    ["截至2023年12月，网络支付用户规模达9.54亿，占全国网民总数的87.3%。", "cn-online-payment-users-share-2023-12"],
  ])("gives %s's share to the users named before it", (text, factId) => {
    expect(figures(text)[1]).toMatchObject({ verdict: "accurate", factId });
  });

  it("still flags a wrong share of those users", () => {
    expect(figures("截至2023年6月，网络购物用户规模达8.84亿人，在整体网民中占比88.0%。")[1]?.verdict).toBe(
      "inaccurate",
    );
  });
});

describe("a count's rise stated after a rate", () => {
  it("is the rise of the count before the rate, not of the rate", () => {
    expect(figures("截至2023年6月，网民规模达10.79亿人，互联网普及率达76.4%；较2022年12月增长1109万人。")[2]).toEqual({
      verdict: "accurate",
      factId: "cn-internet-users-change-2023-06",
    });
  });

  it("is flagged when that rise is wrong", () => {
    expect(
      figures("截至2023年6月，网民规模达10.79亿人，互联网普及率达76.4%；较2022年12月增长2109万人。")[2]?.verdict,
    ).toBe("inaccurate");
  });
});
