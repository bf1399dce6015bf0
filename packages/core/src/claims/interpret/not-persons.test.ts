import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const first = (text: string, published: string) => checker.checkClaim(text, { published }).figures[0];

describe("a figure that counts no people", () => {
  it("is not judged as a count of users when it is more than the world's people and a noun follows", () => {
    const sent = first(
      "Subscribers sent 61.2 billion text messages in December 2022 while mobile internet traffic kept rising.",
      "2023-03-29",
    );
    expect(sent?.verdict).toBe("unverifiable");
    expect(first("移动互联网用户在2022年12月发送短信612亿次。", "2023-03-29")?.verdict).toBe("unverifiable");
  });

  it("is still judged when it stands alone as the users' count, however garbled", () => {
    const garbled = first("As of December 2022 short video users had reached 11.20 billion.", "2023-03-29");
    expect(garbled?.verdict).toBe("inaccurate");
  });

  it("leaves a count of people followed by its noun alone", () => {
    expect(first("China had 1.067 billion internet users in December 2022.", "2023-03-29")?.verdict).toBe("accurate");
  });

  it("is no count of people after a measure word for things", () => {
    expect(first("截至2022年12月，移动电话用户达16.83亿部。", "2023-03-29")?.verdict).not.toBe("inaccurate");
  });
});
