import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const figures = (text: string, published?: string) =>
  checker.checkClaim(text, { published }).figures.map(({ verdict, factId }) => ({ verdict, factId }));

describe("a share's whole", () => {
  it("is not the share's subject when named as the country's or its own users", () => {
    expect(
      figures(
        "China counted 812 million online shoppers in June 2021, some 80.3 percent of the country's internet users.",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-online-shoppers-share-2021-06" });
    expect(
      figures("By June 2021 China had 872 million online payment users, 86.3% of its internet users, the report said."),
    ).toContainEqual({ verdict: "accurate", factId: "cn-online-payment-users-share-2021-06" });
  });
});

describe("a change after a rate", () => {
  it("takes the level's subject when it is a count, which no rate's change is", () => {
    expect(
      figures(
        "Online payment users numbered 872 million in June 2021, 86.3% of all internet users and 17.87 million more than in December 2020.",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-online-payment-users-change-2021-06" });
  });
});
