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

describe("a rate after a level that names no subject of its own", () => {
  it("takes the words of the clause before that level", () => {
    expect(
      figures("Online retail sales kept climbing, topping 10.6 trillion yuan in 2019, up 16.5 percent on the year."),
    ).toContainEqual({ verdict: "accurate", factId: "cn-online-retail-sales-growth-2019" });
  });

  it("keeps to the level's own words when it names them", () => {
    expect(
      figures(
        "In the first half of 2021 another 29.65 million people began buying online, mainly on their phones, taking China's online shoppers to 812 million, or 80.3% of all internet users.",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-online-shoppers-share-2021-06" });
  });
});

describe("网民 as the whole a share is counted within", () => {
  it.each([
    ["截至2023年6月，网络购物用户规模达8.84亿人，在整体网民中占比82.0%。", "cn-online-shoppers-share-2023-06"],
    ["截至2023年6月，即时通信用户规模达10.47亿人，网民使用率97.1%。", "cn-instant-messaging-users-share-2023-06"],
    ["截至2023年12月，网络支付用户规模达9.54亿，占全国网民总数的87.3%。", "cn-online-payment-users-share-2023-12"],
  ])("gives %s's share to the users named before it", (text, factId) => {
    expect(figures(text)[1]).toMatchObject({ verdict: "accurate", factId });
  });

  it("still flags a wrong share of those users", () => {
    expect(figures("截至2023年6月，网络购物用户规模达8.84亿人，在整体网民中占比88.0%。")[1]?.verdict).toBe(
      "inaccurate",
    );
  });
});

describe("a count's rise stated after a rate", () => {
  it("is the rise of the count before the rate, not of the rate", () => {
    expect(figures("截至2023年6月，网民规模达10.79亿人，互联网普及率达76.4%；较2022年12月增长1109万人。")[2]).toEqual({
      verdict: "accurate",
      factId: "cn-internet-users-change-2023-06",
    });
  });

  it("is flagged when that rise is wrong", () => {
    expect(
      figures("截至2023年6月，网民规模达10.79亿人，互联网普及率达76.4%；较2022年12月增长2109万人。")[2]?.verdict,
    ).toBe("inaccurate");
  });
});

describe("internet users followed by what they did", () => {
  it("counts that activity's users, not all internet users", () => {
    expect(figures("By the end of 2019, 300 million internet users had booked a trip online.")).not.toContainEqual(
      expect.objectContaining({ verdict: "inaccurate" }),
    );
    expect(figures("Some 500 million netizens paid for groceries online in 2020, a survey found.")).not.toContainEqual(
      expect.objectContaining({ verdict: "inaccurate" }),
    );
  });

  it("still reads a plain count of internet users", () => {
    expect(figures("China had 829 million internet users at the end of 2018.")).toContainEqual({
      verdict: "accurate",
      factId: "cn-internet-users-2018-12",
    });
  });
});

describe("a device's penetration in Chinese", () => {
  it("is no share of internet users online by phone", () => {
    for (const text of ["2024年,我国智能手机渗透率达到95.3%。", "智能手机渗透率由2023年的97.1%升至2024年的95.3%。"])
      expect(figures(text).map(({ verdict }) => verdict)).not.toContainEqual(
        expect.stringMatching(/imprecise|inaccurate/),
      );
  });

  it("still reads the share of internet users online by phone", () => {
    expect(figures("截至2024年12月,我国手机网民规模达11.05亿人,网民使用手机上网的比例为99.7%。")).toContainEqual({
      verdict: "accurate",
      factId: "cn-mobile-internet-users-share-2024-12",
    });
  });
});

describe("a share of a product's users doing something, in Chinese", () => {
  it("is counted among those users, not among all internet users or people", () => {
    for (const text of [
      "截至2024年12月,用户使用生成式人工智能产品写作的比例为45.5%。",
      "在各种场景中,用户通过生成式人工智能产品办公的比例较高,达到61.2%。",
    ])
      expect(figures(text).map(({ verdict }) => verdict)).not.toContainEqual(
        expect.stringMatching(/imprecise|inaccurate/),
      );
  });
});

describe("a publisher's name", () => {
  it("names no metric: 'Internet' in CNNIC's name is not the internet users' word", () => {
    expect(
      figures(
        "Mobile payment users numbered 583 million at the end of 2018, the China Internet Network Information Center said.",
      ),
    ).toEqual([{ verdict: "accurate", factId: "cn-mobile-payment-users-2018-12" }]);
  });
});

describe("a scene set before a semicolon", () => {
  it("is not the scene of a later figure that names another subject", () => {
    for (const text of [
      "In December 2021 short video stayed the most used service, at 934 million users; long-form video had 712 million users.",
      "截至2021年12月，短视频的使用率最高，用户达9.34亿；长视频用户为7.12亿。",
    ])
      expect(figures(text).map(({ verdict }) => verdict)).toEqual(["accurate", "unverifiable"]);
  });

  it("still sets the scene of a later figure that names no other subject", () => {
    expect(figures("生成式人工智能的用户中，年轻人居多；截至2025年6月，用户规模达5.15亿人。")).toEqual([
      { verdict: "accurate", factId: "cn-generative-ai-users-2025-06" },
    ]);
  });
});

describe("a share counted among the people of the level before ('of them')", () => {
  it("is not that level's own share of all internet users", () => {
    expect(
      figures(
        "Some 974 million people in China shopped online in 2024, and 40 percent of them bought through live streams.",
      ).map(({ verdict }) => verdict),
    ).not.toContainEqual(expect.stringMatching(/imprecise|inaccurate/));
  });

  it("still takes that level's words to complete a metric named in its own", () => {
    expect(
      figures("China had 1.108 billion internet users in December 2024, 99.7 percent of them on mobile phones."),
    ).toContainEqual({
      verdict: "accurate",
      factId: "cn-mobile-internet-users-share-2024-12",
    });
  });
});

describe("a share of users followed by what they did", () => {
  it("is that activity's share, not a share of users of another kind", () => {
    for (const text of [
      "By the end of 2018, 72 percent of China's internet users now pay by phone in shops, a survey found.",
      "By the end of 2018, 72% of Chinese netizens paid by mobile when shopping offline.",
    ])
      expect(figures(text, "2019-03-01").map(({ verdict }) => verdict)).not.toContainEqual(
        expect.stringMatching(/imprecise|inaccurate/),
      );
  });

  it("still reads a metric that names the activity, or users said to make up a share", () => {
    expect(figures("By the end of 2018, 73.6 percent of China's internet users shopped online.")).toContainEqual({
      verdict: "accurate",
      factId: "cn-online-shoppers-share-2018-12",
    });
    expect(
      figures("By the end of 2018, people online by mobile phone made up 98.6 percent of netizens."),
    ).toContainEqual({
      verdict: "accurate",
      factId: "cn-mobile-internet-users-share-2018-12",
    });
  });
});

describe("a share after a level of another group", () => {
  it("names its own group and borrows none of the level's words", () => {
    expect(figures("截至2020年12月，我国农村网民达3.09亿，手机上网比例为99.7%。")).toContainEqual({
      verdict: "accurate",
      factId: "cn-mobile-internet-users-share-2020-12",
    });
  });

  it("still takes the level's group when its own words are only a rate's", () => {
    for (const rate of ["普及率", "互联网普及率", "这一群体的互联网普及率"])
      expect(figures(`截至2021年12月，我国60岁及以上老年网民达1.19亿，${rate}为43.2%。`)).toContainEqual({
        verdict: "accurate",
        factId: "cn-internet-penetration-aged-60-plus-2021-12",
      });
  });
});

describe("a Chinese list of groups and their counts", () => {
  it("gives each group's words to the figure after them", () => {
    for (const text of [
      "截至2020年6月，我国手机网民9.32亿、农村网民2.85亿。",
      "截至2020年6月，我国手机网民达9.32亿人和农村网民2.85亿人。",
    ])
      expect(figures(text)).toEqual([
        { verdict: "accurate", factId: "cn-mobile-internet-users-2020-06" },
        { verdict: "accurate", factId: "cn-rural-internet-users-2020-06" },
      ]);
  });

  it("still flags a wrong count of the later group", () => {
    expect(figures("截至2020年6月，我国手机网民9.32亿、农村网民3.09亿。")[1]?.verdict).toBe("inaccurate");
  });
});

describe("domains under the national top-level domains", () => {
  it("are no count of all domain names", () => {
    expect(
      figures("China again led in national top-level domains, with 20.1 million registered by December 2024.").map(
        ({ verdict }) => verdict,
      ),
    ).not.toContainEqual(expect.stringMatching(/imprecise|inaccurate/));
  });

  it("leave a count of all domain names under the national top-level domain alone", () => {
    expect(
      figures(
        "China counted 31.87 million domain names in June 2024, 19.56 million under the national top-level domain .CN.",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-domain-names-2024-06" });
  });
});

describe("a second list far from the subjects it reuses", () => {
  it("pairs each figure with its subject however long the first list", () => {
    const found = figures(
      "Over 2023, ride-hailing, online travel booking, online shopping, live streaming and internet medical services gained 90.57 million, 86.29 million, 69.67 million, 65.01 million and 51.39 million, increases of 20.7%, 20.4%, 8.2%, 8.7% and 14.2%.",
      "2024-03-25",
    );
    expect(found).toContainEqual({ verdict: "accurate", factId: "cn-ride-hailing-users-growth-2023-12" });
    expect(found).toContainEqual({ verdict: "accurate", factId: "cn-online-livestreaming-users-growth-2023-12" });
  });
});

describe("meal ordering, CNNIC's English name for food delivery", () => {
  it("names food delivery users", () => {
    expect(
      figures(
        "By December 2024 some 53.4 percent of Chinese internet users ordered meals through online meal ordering apps.",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-food-delivery-users-share-2024-12" });
    expect(figures("Online meal delivery had 592 million users at the end of 2024.")).toContainEqual({
      verdict: "accurate",
      factId: "cn-food-delivery-users-2024-12",
    });
  });
});

describe("a measure noun after an English figure that counts no persons", () => {
  it("keeps a count of address blocks from a count of users named beside it", () => {
    expect(
      figures(
        "Mid-2023 figures put IPv6 addresses at 68,055 blocks/32 and active IPv6 users at 767 million.",
        "2023-08-28",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-ipv6-addresses-2023-06" });
  });
});

describe("a scene word nearer than the figure's own", () => {
  it("does not stand in for the same word the figure borrows from its level", () => {
    expect(
      figures(
        "Some 322 million rural internet users brought penetration to 69.2% by June 2025, so rural markets now draw app makers.",
        "2025-08-01",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-rural-internet-penetration-2025-06" });
  });
});

describe("a later clause's period after a forecast word", () => {
  it("dates that forecast, not a figure already counted", () => {
    expect(
      figures(
        "Some 4.19 million 5G base stations were up and running nationwide, and officials said 6G trials would be stepped up in 2025.",
        "2025-01-05",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-5g-base-stations-2024-11" });
  });

  it("still dates a forecast figure of its own clause", () => {
    expect(figures("Officials said 5G base stations would top 4.19 million in 2025.", "2025-01-05")).not.toContainEqual(
      expect.objectContaining({ verdict: "accurate" }),
    );
  });
});

describe("a share in the clause after a growth rate", () => {
  it("is the share of what grew, not of the total it is counted against", () => {
    expect(
      figures(
        "In 2019 physical goods sold online rose 19.5 percent, accounting for 20.7 percent of total retail sales.",
      ),
    ).toContainEqual({ verdict: "accurate", factId: "cn-online-retail-sales-physical-goods-share-2019" });
    expect(figures("2021年，实物商品网上零售额增长12.0%，占社会消费品零售总额的比重为24.5%。")).toContainEqual({
      verdict: "accurate",
      factId: "cn-online-retail-sales-physical-goods-share-2021",
    });
  });

  it("is not borrowed without a share verb, or where what grew has no share of that whole", () => {
    const share = { verdict: "accurate", factId: "cn-online-retail-sales-physical-goods-share-2019" };
    expect(
      figures(
        "In 2019 physical goods sold online rose 19.5 percent, while 20.7 percent of total retail sales came from food.",
      ),
    ).not.toContainEqual(share);
    // Online shoppers are a share of internet users, never of retail sales: no reading to flag.
    const shoppers = figures(
      "In 2019 the number of online shoppers rose 19.5 percent, accounting for 20.7 percent of total retail sales.",
    );
    expect(shoppers.map(({ verdict }) => verdict)).not.toContain("inaccurate");
  });
});
