import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import { checkArticleWith } from "../article.ts";
import { createClaimChecker } from "../check.ts";

const checker = createClaimChecker(dataset);
const secondSentence = (text: string) => {
  const [first, second] = checkArticleWith(checker, text).sentences;
  expect(first?.start, "the first sentence states its own figure").toBe(0);
  return second;
};
const figures = (text: string) => secondSentence(text)?.figures.map(({ verdict, factId }) => ({ verdict, factId }));

describe("a sentence that points back to the one before", () => {
  it("takes its subject for a rate or a part named by words of its own", () => {
    expect(
      figures(
        "Internet users in China numbered more than 1.12 billion as of June 2025. Penetration had reached 79.7 percent, and 322 million of the users lived in rural areas.",
      ),
    ).toEqual([
      { verdict: "accurate", factId: "cn-internet-penetration-2025-06" },
      { verdict: "accurate", factId: "cn-rural-internet-users-2025-06" },
    ]);
  });

  it("takes it for 'the number' and 'adoption', and judges them", () => {
    expect(
      figures(
        "As of June 2025, China had 515 million generative AI users. The number rose by 266 million from December 2024.",
      ),
    ).toEqual([{ verdict: "accurate", factId: "cn-generative-ai-users-change-2025-06" }]);
    expect(
      secondSentence("As of December 2025, China had 602 million generative AI users. Adoption has passed 50 percent.")
        ?.verdict,
    ).toBe("inaccurate");
  });

  it("never lends it to a sentence that names a subject the dataset lacks, or a part it cannot name", () => {
    for (const text of [
      "China had 1.108 billion internet users at the end of 2024. The number of online gamers was 500 million.",
      "China had 1.108 billion internet users at the end of 2024. Of them, 300 million were gamers.",
      "China had 1.108 billion internet users at the end of 2024. Rural users of Douyin numbered 200 million.",
      "China had 1.108 billion internet users at the end of 2024. The users sent 300 million messages.",
    ])
      expect(secondSentence(text)?.verdict, text).toBe("unverifiable");
  });

  it("carries nothing when the sentence before had two subjects", () => {
    const text =
      "As of June 2025, China had 515 million generative AI users and 1.123 billion internet users. The number rose by 266 million from December 2024.";
    expect(secondSentence(text)?.verdict).toBe("unverifiable");
  });
});

describe("dates that are not figures' periods", () => {
  it("leaves a day of the month unjudged, and a release date out of the data's period", () => {
    const released = checkArticleWith(
      checker,
      "China's internet user base stood at 1.092 billion as of December 2023, CNNIC data released in March 2024 showed. Rural users made up 29.8% of the total.",
    );
    expect(released.sentences.map((sentence) => sentence.verdict)).toEqual(["accurate", "accurate"]);
    const day = checker.checkClaim(
      "China had 515 million generative AI users as of June 2025, a report released on October 18 said.",
    );
    expect(day.ignored).toContainEqual(expect.objectContaining({ text: "18", why: "date" }));
    expect(day.figures.map((figure) => figure.claimed.text)).toEqual(["515 million"]);
  });
});
