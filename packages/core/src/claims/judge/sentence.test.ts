import { describe, expect, it } from "vitest";
import type { FigureVerdict, Verdict } from "../../schema/verdict.ts";
import { summarize } from "./sentence.ts";

const figure = (verdict: Verdict, text: string, explanation = `${verdict} ${text}`): FigureVerdict => ({
  verdict,
  explanation,
  span: [0, text.length],
  factId: verdict === "unverifiable" ? null : "cn-internet-users-2024-12",
  claimed: { text, value: 1, unit: "plain", qualifier: "exact", role: "level", interval: { lo: 0.5, hi: 1.5 } },
  verified: null,
  ...(verdict === "unverifiable" ? { reason: "no-period" as const } : {}),
});

describe("the sentence rule", () => {
  it("is accurate only when every statistic is", () => {
    const check = summarize("s", "en", [figure("accurate", "1.108 billion"), figure("accurate", "78.6%")]);
    expect(check.verdict).toBe("accurate");
    expect(check.judged).toBe(2);
  });

  it("says k of n figures verified when some could not be judged", () => {
    const check = summarize("s", "en", [figure("accurate", "1.108 billion"), figure("unverifiable", "1.2 points")]);
    expect(check.verdict).toBe("unverifiable");
    expect(check.explanation).toMatch(/^1 of 2 figures verified\./);
    expect(
      summarize("s", "zh", [figure("accurate", "11.08亿"), figure("unverifiable", "1.2个百分点")]).explanation,
    ).toMatch(/^2个数字中1个已核实。/);
  });

  it("counts figures left unjudged by the budget as not verified", () => {
    const check = summarize("s", "en", [figure("accurate", "1.108 billion")], undefined, [], 2);
    expect(check.verdict).toBe("unverifiable");
    expect(check.explanation).toMatch(/^1 of 3 figures verified/);
  });

  it("is sunk by one wrong figure, whatever the others", () => {
    const check = summarize("s", "en", [
      figure("accurate", "1.108 billion"),
      figure("unverifiable", "1.2 points"),
      figure("inaccurate", "90%", "90% is wrong."),
    ]);
    expect(check.verdict).toBe("inaccurate");
    expect(check.explanation).toBe("90% is wrong.");
  });

  it("says why when no figure could be judged", () => {
    const check = summarize("s", "en", [figure("unverifiable", "1.2 points", "No period.")]);
    expect(check).toMatchObject({ verdict: "unverifiable", judged: 0, explanation: "No period." });
  });
});
