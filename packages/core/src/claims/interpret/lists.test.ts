import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const figures = (text: string) => checker.checkClaim(text).figures.map(({ verdict, factId }) => ({ verdict, factId }));

describe("the group a respectively list is counted within (网民中)", () => {
  it("is no subject of the list's figures", () => {
    const text =
      "移动支付稳步普及：截至2023年12月，网民中分别有35.1%、46.2%和39.8%用过共享单车、网约车和代驾，用户规模分别达3.81亿、5.02亿和4.32亿。";
    expect(figures(text).map(({ verdict }) => verdict)).not.toContainEqual(
      expect.stringMatching(/imprecise|inaccurate/),
    );
  });

  it("leaves the subjects named after it paired in order", () => {
    expect(figures("截至2023年12月，在网民中，网络购物和网络支付的使用率分别为83.8%和87.3%。")).toEqual([
      { verdict: "accurate", factId: "cn-online-shoppers-share-2023-12" },
      { verdict: "accurate", factId: "cn-online-payment-users-share-2023-12" },
    ]);
  });
});
