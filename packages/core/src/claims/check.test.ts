import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.ts";
import { formatFigure } from "../format/number.ts";
import { checkArticleWith } from "./article.ts";
import { createClaimChecker } from "./check.ts";
import { MAX_FIGURES_PER_CLAIM } from "./interpret/sentence-context.ts";

const checker = createClaimChecker(dataset);
const VERDICTS = ["accurate", "imprecise", "inaccurate", "unverifiable"];
// Durations ("30 years since…") are not statistics: the checker leaves them unjudged.
const citedFacts = dataset.facts.filter((fact) => fact.citedBy.length > 0 && fact.unit !== "year");
// A figure published as coarsely as "突破2亿" cannot tell a 20% move; these are the ones that can.
const preciseFacts = dataset.facts.filter((fact) => fact.precision <= 0.05 * Math.abs(fact.value));

describe("checkClaim on any input", () => {
  it("never throws and always answers one of the four verdicts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.anything()),
        (input) => {
          const result = checker.checkClaim(input);
          expect(VERDICTS).toContain(result.verdict);
          for (const figure of result.figures) expect(VERDICTS).toContain(figure.verdict);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("answers unverifiable, with a reason, for empty, emoji and binary input", () => {
    for (const input of ["", "🙂🙂🙂", "\u0000\u0001\uffff", "中文 English 混合 😀", null, 42, { claim: "x" }]) {
      const result = checker.checkClaim(input);
      expect(result.verdict).toBe("unverifiable");
      expect(result.explanation.length).toBeGreaterThan(0);
    }
  });

  it("handles a huge claim by reading only its bounded start", () => {
    const huge = `China had 1.108 billion internet users. ${"9".repeat(500_000)}`;
    const result = checker.checkClaim(huge);
    expect(result.claim.length).toBeLessThanOrEqual(2000);
    expect(result.figures[0]?.factId).toBe("cn-internet-users-2024-12");
  });
});

describe("checkClaim on claims built from the dataset", () => {
  const cited = fc.constantFrom(...citedFacts.flatMap((fact) => fact.citedBy.map((citation) => ({ fact, citation }))));

  it("finds every cited figure accurate in the article's own sentence", () => {
    fc.assert(
      fc.property(cited, ({ fact, citation }) => {
        // An article's sentences speak of its own time: figures released by its date.
        const result = checker.checkClaim(citation.quote, { published: citation.article.date });
        const figure = result.figures.find((candidate) => candidate.factId === fact.id);
        expect(figure?.verdict, `${fact.id} in: ${citation.quote}`).toBe("accurate");
      }),
      { numRuns: 200 },
    );
  });

  it("finds a fact's own published figure accurate when pinned to it, in both languages", () => {
    fc.assert(
      fc.property(fc.constantFrom(...dataset.facts), fc.constantFrom("en" as const, "zh" as const), (fact, lang) => {
        const result = checker.checkClaim(formatFigure(fact, lang), { fact: fact.id });
        expect(result.verdict, `${fact.id}: ${formatFigure(fact, lang)}`).toBe("accurate");
      }),
    );
  });

  it("never finds a figure moved 20% away accurate", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...preciseFacts),
        fc.constantFrom(0.8, 1.2),
        fc.constantFrom("en" as const, "zh" as const),
        (fact, factor, lang) => {
          const moved = { ...fact, value: fact.value * factor, precision: fact.precision };
          const result = checker.checkClaim(formatFigure(moved, lang), { fact: fact.id });
          expect(result.verdict).not.toBe("accurate");
        },
      ),
    );
  });
});

describe("pinned facts (the widget's data-fact)", () => {
  it("keeps the author's rounding when it is right and flags it when it is wrong", () => {
    expect(checker.checkClaim("1.1 billion", { fact: "cn-internet-users-2024-12" }).verdict).toBe("accurate");
    expect(checker.checkClaim("1.3 billion", { fact: "cn-internet-users-2024-12" }).verdict).toBe("inaccurate");
    expect(checker.checkClaim("11.08亿", { fact: "cn-internet-users-2024-12" }).verdict).toBe("accurate");
  });

  it("answers unverifiable for an unknown fact id rather than guessing", () => {
    const result = checker.checkClaim("1.1 billion", { fact: "cn-nothing" });
    expect(result.verdict).toBe("unverifiable");
    expect(result.reason).toBe("unknown-fact");
  });
});

describe("explanations", () => {
  it("are one line in the claim's language, naming the source and the verified figure", () => {
    const en = checker.checkClaim("China has 974 million internet users.", { published: "2025-02-01" });
    expect(en.explanation).toBe(
      "Inaccurate: the claim says 974 million, but CNNIC puts internet users at 1.108 billion as of December 2024 (12.1% off).",
    );
    const zh = checker.checkClaim("我国网民规模为9.74亿人。", { published: "2025-02-01" });
    expect(zh.explanation).toContain("中国互联网络信息中心");
    expect(zh.explanation).toContain("11.08亿人");
    expect(zh.explanation).not.toContain("\n");
  });

  it("say where a derived value comes from", () => {
    // No report states December 2016's rural users; the 41st report's level and change imply them.
    const result = checker.checkClaim("China had about 201 million rural internet users at the end of 2016.");
    expect(result.verified?.derivedFrom).toEqual([
      "cn-rural-internet-users-2017-12",
      "cn-rural-internet-users-change-2017",
    ]);
    expect(result.explanation).toContain("derived from");
    // The fact named is one the value was computed from, never an unrelated observation of the same metric.
    expect(result.factId).toBe("cn-rural-internet-users-2017-12");
    const share = checker.checkClaim("In December 2023, 75% of people in China used short video.");
    expect(share.verified?.derivedFrom).toContain(share.factId);
  });
});

describe("an answer that judges no figure", () => {
  it("says why its figures went unjudged, not that the text states none", () => {
    const check = checker.checkClaim("India had 900 million internet users and 700 million online shoppers.");
    expect(check.verdict).toBe("unverifiable");
    expect(check.figures.length).toBe(2);
    expect(check.explanation).toBe("Unverifiable: factline has no verified figures for India.");
    expect(checker.checkClaim("No numbers here.").explanation).toBe(
      "Unverifiable: the text states no figure to check.",
    );
  });
});

describe("checkArticle", () => {
  it("carries a stated year to the next sentence, and never a count that looks like one ('2013万个')", () => {
    const article = checkArticleWith(
      checker,
      "截至2023年12月，“.CN”域名数量为2013万个。截至12月，IPv6地址数量为68042块/32。",
    );
    expect(article.sentences.map((sentence) => sentence.verdict)).toEqual(["accurate", "accurate"]);
    expect(article.sentences[1]?.factId).toBe("cn-ipv6-addresses-2023-12");
  });

  it("checks every sentence of the source article with a figure and finds them all accurate", () => {
    const text = [
      "China's internet user base has exceeded 1.1 billion, fueling the growth of its digital economy.",
      "The report from the China Internet Network Information Center indicated that internet penetration in China achieved 78.6 percent in 2024.",
      "China now has the largest internet infrastructure worldwide.",
      "By November 2024, China had established a total of 4.19 million 5G base stations, and the number of gigabit broadband users reached 209 million.",
    ].join(" ");
    const result = checkArticleWith(checker, text, { published: "2025-01-24" });
    expect(result.sentences).toHaveLength(3);
    expect(result.counts).toEqual({ accurate: 3, imprecise: 0, inaccurate: 0, unverifiable: 0 });
    expect(text.slice(result.sentences[2]?.start, result.sentences[2]?.end)).toMatch(
      /^By November 2024.*209 million\.$/,
    );
  });

  it("splits Chinese drafts and flags the wrong sentence", () => {
    const result = checkArticleWith(
      checker,
      "截至2024年12月，我国网民规模达11.08亿人。我国网络购物用户规模为8.74亿人！数字经济蓬勃发展。",
    );
    expect(result.sentences.map((sentence) => sentence.verdict)).toEqual(["accurate", "inaccurate"]);
    expect(result.verdict).toBe("inaccurate");
  });

  it("is accurate only when every sentence is; one it cannot judge makes it unverifiable, never wrong", () => {
    const mixed = checkArticleWith(
      checker,
      "By the end of 2024 China had 1.108 billion internet users. China had 60 million online game players.",
    );
    expect(mixed.sentences.map((sentence) => sentence.verdict)).toEqual(["accurate", "unverifiable"]);
    expect(mixed.verdict).toBe("unverifiable");
    const wrong = checkArticleWith(
      checker,
      "By the end of 2024 China had 1.3 billion internet users. China had 60 million online game players.",
    );
    expect(wrong.verdict).toBe("inaccurate");
    expect(checkArticleWith(checker, "By the end of 2024 China had 1.108 billion internet users.").verdict).toBe(
      "accurate",
    );
    expect(checkArticleWith(checker, "The digital economy is booming.").verdict).toBe("unverifiable");
  });
});

describe("a sentence", () => {
  it("is accurate only when every statistic in it was judged accurate, and says how many were (k of n)", () => {
    const partly = checker.checkClaim(
      "By the end of 2024 China had 1.108 billion internet users and 60 million online game players.",
    );
    expect(partly.verdict).toBe("unverifiable");
    expect(partly.judged).toBe(1);
    expect(partly.figures.map((figure) => figure.verdict)).toEqual(["accurate", "unverifiable"]);
    expect(partly.explanation).toMatch(/^1 of 2 figures verified\./);
    const zh = checker.checkClaim("截至2024年12月，我国网民规模达11.08亿人，网络游戏玩家6000万。");
    expect(zh.explanation).toMatch(/^2个数字中1个已核实。/);
    // A wrong figure beside an unjudged one still sinks the sentence.
    expect(
      checker.checkClaim("By the end of 2024 China had 1.3 billion internet users and 60 million online game players.")
        .verdict,
    ).toBe("inaccurate");
  });
});

describe("a month with no year", () => {
  const figures = (claim: string, published?: string) =>
    checker.checkClaim(claim, { published }).figures.map(({ verdict, factId }) => ({ verdict, factId }));

  it("takes the article's year when there is an article date, whatever base the change is measured from", () => {
    expect(
      figures("Internet users reached 1.123 billion at the end of June, up 72 million from June 2022.", "2025-08-01"),
    ).toEqual([
      { verdict: "accurate", factId: "cn-internet-users-2025-06" },
      { verdict: "accurate", factId: "cn-internet-users-2025-06" },
    ]);
    // "aged 60 and above in December 2021" is an age band, not a base.
    expect(figures("Internet users aged 60 and above in December 2021 numbered 119 million.", "2025-08-01")).toEqual([
      { verdict: "accurate", factId: "cn-internet-users-aged-60-plus-2021-12" },
    ]);
  });

  it("with no year anywhere, is confirmed by that month of any year the series holds, never refuted", () => {
    expect(figures("By the end of June, short video users reached 962 million.")).toEqual([
      { verdict: "accurate", factId: "cn-short-video-users-2022-06" },
    ]);
    expect(figures("By the end of June, short video users reached 980 million.")).toEqual([
      { verdict: "unverifiable", factId: null },
    ]);
    // A floor holds in too many years to confirm anything.
    expect(figures("By the end of June, more than 500 million people used short video.")).toEqual([
      { verdict: "unverifiable", factId: null },
    ]);
  });

  it("with no article date, follows the base the sentence measures from: June after December 2021 is June 2022", () => {
    expect(
      figures("Short video users reached 962 million at the end of June, 28 million more than in December 2021."),
    ).toEqual([
      { verdict: "accurate", factId: "cn-short-video-users-2022-06" },
      { verdict: "accurate", factId: "cn-short-video-users-change-2022-06" },
    ]);
    // A rate restating the change just before it is about that change's subject.
    expect(
      figures("Short video added 28 million users, 8.3 percent more than in December 2021, by the end of June."),
    ).toEqual([
      { verdict: "accurate", factId: "cn-short-video-users-change-2022-06" },
      { verdict: "inaccurate", factId: "cn-short-video-users-growth-2022-06" },
    ]);
  });
});

describe("bounded work on hostile input", () => {
  const units = [
    "网购1;",
    "网购1;1;",
    "1.1 billion internet users, ",
    "截至2024年6月，",
    "9",
    "respectively 1, 2 and 3 ",
  ];

  it("judges at most the per-claim cap of figures, whatever the claim repeats, and counts the rest", () => {
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.string({ maxLength: 6 }), (unit, salt) => {
        const claim = `${salt}${unit.repeat(Math.ceil(2000 / unit.length))}`.slice(0, 2000);
        const result = checker.checkClaim(claim);
        expect(result.figures.length).toBeLessThanOrEqual(MAX_FIGURES_PER_CLAIM);
        expect(VERDICTS).toContain(result.verdict);
      }),
      { numRuns: 30 },
    );
  });

  it("says how many statistics it read but did not check", () => {
    const result = checker.checkClaim("网购1;".repeat(60));
    expect(result.figures).toHaveLength(MAX_FIGURES_PER_CLAIM);
    expect(result.notChecked).toBeGreaterThan(0);
  });
});

describe("a trace", () => {
  it("lists the tokens read, the readings weighed and the rule behind each verdict", () => {
    const traced = checker.checkClaim(
      "China had 1.3 billion internet users at the end of 2024, for 10 consecutive years the most.",
      {
        trace: true,
      },
    );
    const trace = traced.trace;
    expect(trace?.numbers.find((number) => number.text === "1.3 billion")?.statistic).toBe(true);
    expect(trace?.numbers.find((number) => number.text === "10")?.statistic).toBe(false);
    expect(trace?.periods.map((period) => period.year)).toContain(2024);
    const figure = trace?.figures[0];
    expect(figure?.readings.find((reading) => reading.judged)?.metric).toBe(figure?.readings[0]?.metric);
    expect(figure?.verdict).toBe(traced.figures[0]?.verdict);
    expect(figure?.rule).toMatch(/against \d+/);
    expect(checker.checkClaim("China had 1.3 billion internet users.").trace).toBeUndefined();
  });
});
