import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.ts";
import { createClaimChecker } from "./check.ts";
import { describeTrace } from "./trace.ts";

const checker = createClaimChecker(dataset);
const traceOf = (claim: string) => checker.checkClaim(claim, { trace: true }).trace;

describe("the trace names the recogniser of every token read", () => {
  it("names each number's recogniser, its cues, and the rule that set a number aside", () => {
    const trace = traceOf("连续10年位居第一，农村网民超过3.26亿，较上年增加2000万。");
    const recognisers = (text: string) => trace?.numbers.find((number) => number.text === text)?.recognisers;
    expect(recognisers("10")).toEqual(["quantity.any.digits", "not-statistic.zh.streak"]);
    expect(recognisers("3.26亿")).toEqual(["quantity.zh.scale", "cue.zh.hedge-over"]);
    expect(recognisers("2000万")).toEqual(["quantity.zh.scale", "cue.zh.change-up"]);
    expect(trace?.markers).toContainEqual({ text: "农村", recogniser: "sub-population.zh.rural" });
  });

  it("prints them where explain shows the numbers and markers", () => {
    const trace = traceOf("China had more than 1.09 billion internet users, and rural users numbered 326 million.");
    const printed = describeTrace(trace ?? { numbers: [], periods: [], terms: [], markers: [], figures: [] });
    expect(printed).toContain("1.09 billion [quantity.en.scale-word, cue.en.hedge-over]");
    expect(printed).toContain("markers: rural [sub-population.en.rural]");
  });

  it("names a change's year-on-year cue, as the judge reads it", () => {
    const trace = traceOf("2024年软件业务收入同比增长10.0%。");
    expect(trace?.numbers[0]?.recognisers).toEqual(["quantity.any.percent", "cue.zh.change-up", "cue.zh.year-on-year"]);
  });

  it("names a forecast's cue, as the judge reads it", () => {
    const trace = traceOf("China's internet users are expected to pass 1.2 billion.");
    expect(trace?.numbers[0]?.recognisers).toEqual(["quantity.en.scale-word", "cue.en.forecast"]);
  });
});
