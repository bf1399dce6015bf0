import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { normalizeClaim } from "../read/normalize.ts";
import { extractQuantities } from "../read/quantity.ts";
import { checkAgainstFact, worstVerdict } from "./verdicts.ts";

const fact = dataset.facts.find((entry) => entry.id === "cn-internet-users-2024-12");
if (!fact) throw new Error("the dataset lost cn-internet-users-2024-12 (11.08亿 internet users, December 2024)");

/** The verdict of the first figure of `text` against 11.08亿 internet users. */
function against(text: string, lang: "en" | "zh" = "zh") {
  const [verdict] = checkAgainstFact(extractQuantities(normalizeClaim(text)), fact as NonNullable<typeof fact>, lang);
  return verdict;
}

describe("a figure against one verified value", () => {
  it("is accurate when it rounds from the value, as printed or more roughly", () => {
    expect(against("网民规模达11.08亿")?.verdict).toBe("accurate");
    expect(against("网民规模约11亿")?.verdict).toBe("accurate");
    expect(against("China had 1.108 billion internet users", "en")?.verdict).toBe("accurate");
  });
  it("reads hedges: 'over 11亿' is accurate, 'over 11.1亿' is not", () => {
    expect(against("网民规模超过11亿")?.verdict).toBe("accurate");
    expect(against("网民规模超过11.1亿")?.verdict).not.toBe("accurate");
  });
  it("neither confirms nor flags a three-figure floor the true value rounds to ('突破11.1亿' of 11.08亿)", () => {
    expect(against("网民规模突破11.1亿")).toMatchObject({ verdict: "unverifiable", reason: "rounded-floor" });
    expect(against("more than 1.11 billion internet users", "en")).toMatchObject({ reason: "rounded-floor" });
    expect(against("more than 1.11 billion internet users", "en")?.explanation).toContain("1.108 billion");
    // Past the rounding, a floor above the value is wrong; a round floor ("超过12亿") was never a rounding.
    expect(against("网民规模突破11.2亿")?.verdict).toBe("imprecise");
    expect(against("网民规模超过12亿")?.verdict).toBe("inaccurate");
  });
  it("reads a ceiling: 不到11.1亿 is accurate, 不到11亿 is not", () => {
    expect(against("网民规模不到11.1亿")?.verdict).toBe("accurate");
    expect(against("网民规模不到11亿")?.verdict).not.toBe("accurate");
  });
  it("calls a figure one step off imprecise, and one far off inaccurate", () => {
    expect(against("网民规模达11.09亿")?.verdict).toBe("imprecise");
    expect(against("网民规模达10.79亿")?.verdict).toBe("imprecise");
    expect(against("网民规模达9.89亿")?.verdict).toBe("inaccurate");
  });
  it("names the verified figure and its source in a wrong figure's explanation", () => {
    const verdict = against("网民规模达9.89亿");
    expect(verdict?.explanation).toContain("11.08亿");
    expect(verdict?.factId).toBe("cn-internet-users-2024-12");
  });
  it("leaves a percent unjudged against a count: another kind of figure", () => {
    expect(against("普及率为78.6%")).toMatchObject({ verdict: "unverifiable", reason: "wrong-kind" });
  });
});

describe("worstVerdict", () => {
  it("is as wrong as the wrongest figure, and accurate only when all are", () => {
    expect(worstVerdict(["accurate", "imprecise", "unverifiable"])).toBe("imprecise");
    expect(worstVerdict(["accurate", "unverifiable"])).toBe("unverifiable");
    expect(worstVerdict(["accurate", "accurate"])).toBe("accurate");
    expect(worstVerdict(["imprecise", "inaccurate"])).toBe("inaccurate");
  });
});
