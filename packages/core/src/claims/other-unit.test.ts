import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.ts";
import { createClaimChecker } from "./check.ts";

const checker = createClaimChecker(dataset);

// A measure in a unit no metric here uses is a statistic left unjudged, not a number that is no statistic.
describe("a statistic in hours, kilometres or gigabytes", () => {
  it("keeps a sentence whose other figures are verified from being accurate", () => {
    const check = checker.checkClaim(
      "截至2022年6月，网民人均每周上网时长为29.5个小时，网民使用手机上网的比例达99.6%。",
    );
    expect(check.verdict).toBe("unverifiable");
    expect(check.judged).toBe(1);
    expect(check.figures.map((figure) => [figure.claimed?.text, figure.verdict])).toEqual([
      ["29.5", "unverifiable"],
      ["99.6%", "accurate"],
    ]);
    expect(check.ignored).toEqual([]);
  });
  it("is listed with its span and a reason in English too", () => {
    const claim = "By June 2022 internet users spent 29.5 hours a week online.";
    const check = checker.checkClaim(claim);
    const [figure] = check.figures;
    expect(figure).toMatchObject({ verdict: "unverifiable", reason: "no-metric" });
    expect(claim.slice(...(figure?.span ?? [0, 0]))).toBe("29.5");
  });
  it("is never flagged", () => {
    expect(
      checker.checkClaim("光缆线路总长度达6196万公里，网民规模为10.79亿。").figures.map((f) => f.verdict),
    ).not.toContain("inaccurate");
  });
});
