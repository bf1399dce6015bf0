import { describe, expect, it } from "vitest";
import { numbersAndPeriods } from "../interpret/sentence-context.ts";
import { normalizeClaim } from "./normalize.ts";
import { longerWins } from "./overlap.ts";
import { extractQuantities } from "./quantity.ts";
import type { Tagged } from "./recogniser.ts";

const token = (start: number, end: number, recogniser: string): Tagged => ({ start, end, recogniser });
const ids = (families: Tagged[][]) => families.map((family) => family.map((kept) => kept.recogniser));

describe("longerWins, the one overlap rule", () => {
  it("keeps the longer of two overlapping tokens of different families", () => {
    const number = token(10, 11, "quantity.any.digits");
    const period = token(9, 13, "period.zh.first-quarters");
    expect(ids(longerWins([[number], [period]]))).toEqual([[], ["period.zh.first-quarters"]]);
    expect(ids(longerWins([[token(0, 12, "quantity.zh.scale")], [token(4, 6, "period.zh.year")]]))).toEqual([
      ["quantity.zh.scale"],
      [],
    ]);
  });

  it("keeps the family listed first on a tie, and tokens that overlap nothing", () => {
    const tie = longerWins([[token(0, 4, "quantity.any.digits")], [token(0, 4, "period.en.year")]]);
    expect(ids(tie)).toEqual([["quantity.any.digits"], []]);
    const apart = longerWins([[token(0, 4, "quantity.any.digits")], [token(5, 9, "period.en.year")]]);
    expect(ids(apart)).toEqual([["quantity.any.digits"], ["period.en.year"]]);
  });

  it("never lets tokens of one family displace each other", () => {
    const family = [token(0, 6, "cue.en.hedge-over"), token(2, 4, "cue.en.change-up")];
    expect(ids(longerWins([family]))).toEqual([["cue.en.hedge-over", "cue.en.change-up"]]);
  });

  it("applies across every family it is given: numbers, periods, markers", () => {
    const numbers = [token(0, 3, "quantity.any.digits"), token(20, 26, "quantity.zh.scale")];
    const periods = [token(0, 5, "period.zh.year")];
    const markers = [token(18, 22, "sub-population.zh.rural"), token(30, 32, "sub-population.zh.place")];
    expect(ids(longerWins([numbers, periods, markers]))).toEqual([
      ["quantity.zh.scale"],
      ["period.zh.year"],
      ["sub-population.zh.place"],
    ]);
  });
});

describe("numbers and periods read under the rule", () => {
  const read = (claim: string) => {
    const text = normalizeClaim(claim);
    const { numbers, periods } = numbersAndPeriods(text, extractQuantities(text), undefined);
    const spans = (tokens: readonly { start: number; end: number }[]) =>
      tokens.map((kept) => text.slice(kept.start, kept.end));
    return { numbers: spans(numbers), periods: spans(periods) };
  };

  it("reads 前3季度 as a period, never the number 3", () => {
    const { numbers, periods } = read("2024年前3季度软件业务收入增长11.2%");
    expect(numbers).toEqual(["11.2%"]);
    expect(periods.some((period) => period.includes("3"))).toBe(true);
  });

  it("reads 前三季度 and 2024年 as periods, not numbers", () => {
    expect(read("2024年前三季度软件业务收入增长11.2%")).toEqual({ numbers: ["11.2%"], periods: ["2024年前三季度"] });
    expect(read("2024年网民规模达11.08亿").numbers).toEqual(["11.08亿"]);
  });

  it("keeps a number that a shorter period overlaps", () => {
    expect(read("China had 1.1 billion users in 2024").numbers).toEqual(["1.1 billion"]);
  });
});
