import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.ts";
import { checkArticleWith } from "./article.ts";
import { createClaimChecker } from "./check.ts";

const checker = createClaimChecker(dataset);
const flagged = (text: string, published?: string) =>
  checkArticleWith(checker, text, { published })
    .sentences.flatMap((sentence) => sentence.figures)
    .filter((figure) => figure.verdict === "imprecise" || figure.verdict === "inaccurate")
    .map((figure) => `${figure.claimed.text}: ${figure.verdict} against ${figure.factId}`);

// Each was a true sentence marked wrong in an attacker's review of the checker (true values from the dataset).
const TRUE_TEXTS: readonly (readonly [text: string, published?: string])[] = [
  // A subject carried past a sentence that judged nothing.
  [
    "China's online population reached 1.108 billion at the end of 2024, according to CNNIC. The country's overall population, meanwhile, has been shrinking. The figure fell by 1.39 million last year, official data show.",
  ],
  ["截至2025年6月，我国网民规模达11.23亿人。老年人上网越来越普遍。这一群体规模已达1.61亿人。"],
  [
    "China had 1.123 billion internet users as of June 2025. Seniors are the fastest-growing group online. The number has reached 161 million.",
  ],
  ["China had 1.123 billion internet users as of June 2025. That figure includes 161 million people over 60."],
  [
    "China had 1.108 billion internet users at the end of 2024. Generative AI tools such as DeepSeek are spreading fast. The user base reached 249 million by December.",
  ],
  [
    "China had 1.123 billion internet users as of June 2025. Yet many people remain offline. The number is about 285 million.",
  ],
  [
    "China had 1.108 billion internet users at the end of 2024. Apple sold about 40 million iPhones there last year. The number rose by 5 million from 2023.",
  ],
  // Words that name a subject of their own, or a sub-population, after a sentence about another.
  ["China had 1.123 billion internet users as of June 2025. Penetration among those over 60 reached 52 percent."],
  [
    "China's internet penetration rate reached 78.6 percent at the end of 2024. The rate in cities and towns was 85.3 percent.",
  ],
  [
    "China's internet penetration rate reached 78.6 percent at the end of 2024. In the countryside, the rate was 65.6 percent.",
  ],
  ["China had 1.123 billion internet users as of June 2025. 5G penetration reached 60 percent."],
  ["China had 1.123 billion internet users as of June 2025. The rate in Beijing is above 85 percent."],
  [
    "China had 602 million generative AI users at the end of 2025. The rate slowed to about 17 percent in the second half.",
  ],
  // Earlier values and forecasts.
  ["China had 1.108 billion internet users at the end of 2024. The figure was 1.032 billion three years earlier."],
  ["China had 1.108 billion internet users at the end of 2024. The total was 1.092 billion a year earlier."],
  [
    "China had 1.108 billion internet users at the end of 2024. The number is expected to pass 1.2 billion within five years.",
  ],
  // A month's year from the article's date, not from a base years back; an age band is not a base.
  ["Internet users reached 1.123 billion at the end of June, up 72 million from June 2022.", "2025-08-01"],
  ["China had 1.123 billion internet users at the end of June, 91 million more than in December 2021.", "2025-08-01"],
  [
    "The internet penetration rate hit 79.7 percent in June, up 6.7 percentage points from December 2021.",
    "2025-08-01",
  ],
  ["Internet users reached 1.108 billion at the end of December, well above December 2021 levels.", "2025-03-01"],
  ["Internet users aged 60 and above in December 2021 numbered 119 million.", "2025-08-01"],
  ["Internet penetration among people aged 60 and above in December 2021 was 43.2 percent.", "2025-08-01"],
  // A rate after a count change that does not restate it.
  ["Online shoppers rose by 59.5 million in 2024, and their spending grew 7.2 percent."],
  // A report's release date dates its figures.
  ["CNNIC data released in March 2024 put China's internet users at 1.092 billion.", "2025-08-01"],
  ["2024年3月发布的第53次《中国互联网络发展状况统计报告》显示，我国网民规模达10.92亿人。", "2025-08-01"],
  ["China's internet penetration rate was 77.5 percent, according to a report released in March 2024.", "2025-08-01"],
  [
    "Internet users numbered 1.079 billion as of June 2023. CNNIC data released in March 2024 put internet users at 1.092 billion.",
  ],
  // "从不足20%跃升至42.8%": the first figure is the earlier value; "比去年" is a year-on-year base.
  ["目前使用生成式AI平台的中国网民已达6.02亿，比去年增长141.7%，渗透率从不足20%跃升至42.8%。", "2026-02-10"],
  // "rate" alone after a growth rate.
  ["Online retail sales grew 7.2 percent in 2024. The rate for physical goods was 6.5 percent."],
  // A second review: sentences modelled on real pages, and phrasings aimed at the checker.
  // Traditional characters the old hand-made table lacked (外賣) shifted a respectively-list by one.
  [
    "截至2021年12月，除了短視頻，即時通信、網絡視頻、在線辦公、在線醫療、網上外賣和網約車也得到較快增長，用戶規模分別達到了10.07億、9.75億、4.69億、2.98億、5.44億和4.53億人次。",
  ],
  // "在網民中" is the group counted within, not the subject of the count after it.
  ["截至2021年12月，在網民中，短視頻用戶使用率達到90.5%，為9.34億人次。"],
  // An addition named before its subject, or by "new", is a change, not the total.
  ["報告稱，截至2021年12月，全國累計建成並開通的5G基站達142.5萬個，全年新增5G基站65.4萬個。"],
  ["截至2022年12月末，5G基站为231.2万个，全年新建5G基站88.7万个。", "2023-01-31"],
  ["去年我国新建5G基站88.7万个，目前5G基站总量已达到231.2万个。", "2023-02-09"],
  ["截至5月末，5G基站总数达170万个，其中1-5月份新建5G基站27.5万个。", "2022-06-24"],
  ["China built 887,000 new 5G base stations last year, bringing the total to 2.312 million.", "2023-02-09"],
  ["In 2022, 887,000 5G base stations were newly built.", "2023-02-09"],
  // A dateline, a publication day or a web address dates an event, not the figures; nothing released after
  // the page's date is what it means.
  [
    "BEIJING, Jan. 17 (Xinhua) -- China's internet users reached 1.108 billion by the end of December, with a penetration rate of 78.6 percent.",
    "2025-01-20",
  ],
  ["BEIJING, Jan. 17 (Xinhua) -- China had 4.251 million 5G base stations at the end of December.", "2025-01-20"],
  ["On January 17, 2025, CNNIC published its 55th report, showing 1.108 billion internet users.", "2025-01-20"],
  ["In a report dated 17/01/2025, CNNIC said China had 1.108 billion internet users.", "2025-01-20"],
  ["详见https://www.cnnic.net.cn/n4/2025/0117/c88-11229.html，我国网民规模达11.08亿人。", "2025-03-01"],
  // "from X to Y in 2024": the period is Y's; X stood at its start.
  ["China's internet users rose from 1.092 billion to 1.108 billion in 2024."],
  ["China's 5G base stations rose from 3.377 million to 4.251 million in 2024."],
  ["China's generative AI users more than doubled from 249 million to 515 million in the first half of 2025."],
  ["Internet penetration rose from 77.5 percent to 78.6 percent in 2024."],
  ["China's internet users rose from 1.092 billion to 1.108 billion last year.", "2025-02-01"],
  ["2024年，我国网民规模从10.92亿人增至11.08亿人。"],
  // Plans, goals, and figures for a time after the page was written.
  [
    "China plans to add some 600,000 5G base stations this year, bringing the total to 2.9 million by end-2023.",
    "2023-04-20",
  ],
  ["China planned to have 60 million gigabit broadband users by 2025."],
  ["China's goal was 60 million gigabit users by 2025."],
  ["《工作安排》明确了工作目标：2022年年底，IPv6活跃用户数达到8亿。", "2022-04-29"],
  // Parts of the population named in other words than the report's.
  ["Silver-haired netizens numbered 161 million, 14.3 percent of the total, as of June 2025."],
  ["China's over-60 internet users numbered 161 million as of June 2025."],
  ["截至2025年6月，我国老人网民规模达1.61亿。"],
  ["China had 1.105 billion mobile internet users and 119 million in-car internet users at the end of 2024."],
  ["Roughly 300 million people in China did not use the internet at the end of 2024."],
  ["截至2024年12月，我国非网民规模约3亿人。"],
  ["The number of underage internet users reached 196 million in 2023."],
  ["截至2023年12月，我国儿童网民规模达1.96亿。"],
  // Quarters, single months and "the first eight months" are periods of their own.
  ["China's online retail sales reached 3.31 trillion yuan in the first quarter of 2024."],
  ["China's online retail sales were 3.31 trillion yuan in Q1 2024."],
  ["2024年第一季度，实物商品网上零售额28053亿元，增长11.6%，占社会消费品零售总额的比重为23.3%。"],
  ["In the first quarter of 2024, total retail sales rose 4.7 percent to 12.03 trillion yuan."],
  ["7月份，社会消费品零售总额同比增长2.7%。", "2024-08-30"],
  ["社会消费品零售总额9月份同比增长3.0%。", "2025-10-20"],
  ["工信部：前8月新建5G基站67.7万个", "2022-09-21"],
  // A year's change is not a half-year's, and a change over the past year is not one since December.
  ["China's internet users grew by 17 million in 2025."],
  ["China's generative AI users increased by 353 million in 2025."],
  ["China added about 587,000 5G base stations in 2025."],
  [
    "截至6月底，中国的短视频用户数量达到9.62亿，占全国网民总数的91.5%，过去六个月新增2800万用户，比12月增加3%，在过去一年中增长了8.3%。",
    "2022-08-31",
  ],
  // A rate of its own after a count is not a share of that count's family.
  ["截至2024年12月，农村网民规模达3.13亿人，农村地区互联网普及率为65.6%。"],
  ["截至2024年12月，农村网民3.13亿人，农村互联网普及率为65.6%，城镇网民7.95亿人，城镇互联网普及率85.3%。"],
  [
    "With 322 million rural internet users reaching 69.2% penetration, rural markets offer sizeable openings.",
    "2025-07-25",
  ],
  // With no period, a share may have turned, and a count may be newer than any held.
  ["User base: 322 million rural users (28.7% of the total internet population).", "2025-07-25"],
  ["MIIT data showed 2.73 million 5G base stations had been installed.", "2023-05-31"],
  // The world, a company or a province named in the figure's own clause is where the figure counts.
  ["截至2024年12月，我国网民规模达11.08亿人，而全球网民约55亿人。"],
  ["Globally, 5.5 billion people were online in 2024, while China had 1.108 billion internet users."],
  ["截至2024年12月，全球互联网普及率约68%，我国为78.6%。"],
  ["Meituan's food delivery service had about 770 million users in 2024."],
  ["Douyin's short-video platform had 750 million daily users in 2024."],
  ["2024年，京东网上零售额增长5%。"],
  ["Guangdong had about 130 million internet users in 2024."],
  ["2024年，广东网上零售额增长5%。"],
  // Figures the text denies or reports as someone else's, and ceilings.
  ["有说法称我国网民已达12亿，实际上截至2024年12月为11.08亿人。"],
  ["A viral post claimed China had 1.2 billion internet users in 2024, but the real figure was 1.108 billion."],
  ["China's internet users were not 1.2 billion but 1.108 billion at the end of 2024."],
  ["China's internet penetration rate was below 80 percent at the end of 2024."],
  ["截至2024年12月，我国网民规模尚未突破12亿。"],
  ["China's internet users have yet to reach 1.2 billion as of the end of 2024."],
  ["China had fewer than 1.2 billion internet users at the end of 2024."],
  // …and floors that negate a ceiling word.
  ["China's internet users did not fall below 1 billion at the end of 2024."],
  ["China had no fewer than 1.1 billion internet users at the end of 2024."],
  ["截至2024年12月，我国网民规模不低于11亿。"],
  ["截至2024年12月，我国网民规模不少于11亿人。"],
  // Numbers written in words, rough shares, and conversions we do not make.
  ["截至2024年12月，我国互联网普及率为百分之七十八点六。"],
  ["截至2024年12月，我国互联网普及率约80%。"],
  ["Nearly one in five Chinese people used generative AI at the end of 2024."],
  ["China's online retail sales in 2024 were about $2.1 trillion."],
  // "a net gain of 15 million new users" is a change of all users; 2022年的12月份 is December 2022.
  [
    "China's internet users rose to 1.123 billion as of June 2025 from 1.108 billion in December 2024, a net gain of 14 million.",
  ],
  // A second attack on the rules above.
  // A month's end dates the count ("On June 30, 2024"); "On" opening a clause is no base.
  ["On June 30, 2024, China had 3.917 million 5G base stations.", "2025-10-01"],
  ["On Dec. 31, 2023, China had 3.377 million 5G base stations.", "2026-02-01"],
  ["2024年6月30日，我国网民规模为10.9967亿人。", "2026-02-01"],
  // Negated ceilings are floors.
  ["China's internet penetration rate was not below 80 percent at the end of 2025.", "2026-02-01"],
  ["截至2025年底，我国互联网普及率已不再低于80%。", "2026-02-01"],
  ["截至2025年底，我国网民规模未低于11亿人。", "2026-02-01"],
  // An addition that belongs to another clause or drives another count.
  ["China's 5G base stations reached 4.251 million at the end of 2024 as more were newly built.", "2025-02-01"],
  ["新增用户推动网络支付用户规模达10.29亿人。", "2025-02-01"],
  // A narrowing word in another clause; a share among internet users; companies beside China's figure.
  [
    "From smartphones to in-car systems, China's internet users reached 1.108 billion at the end of 2024.",
    "2025-02-01",
  ],
  ["截至2024年12月，短视频在网民中的普及率达93.8%。", "2025-02-01"],
  ["Online payment penetration among internet users hit 92.8 percent at the end of 2024.", "2025-02-01"],
  ["截至2023年12月，农村网民规模达3.26亿人；网络购物用户较2022年12月增加6967万人。", "2024-03-01"],
  // The year to date: January to the month before the page's; a release of the page's own month may not be out.
  ["今年以来，全国网上零售额增长12.4%。", "2024-06-20"],
  ["So far this year, China's online retail sales have grown 12.4 percent.", "2024-06-20"],
  ["今年前两个月，全国网上零售额21535亿元，同比增长15.3%。", "2024-03-20"],
  ["今年以来，全国网上零售额增长11.5%。", "2024-06-10"],
  // A third round of real pages.
  [
    "Telecom revenue grew 6.2% year-on-year in 2023, and altogether 3.377 million 5G base stations have been built, along with 23.02 million ports able to offer gigabit network service.",
    "2024-01-19",
  ],
  ["Online retail sales of physical goods reached 6.6 trillion yuan, a rise of 15.3% year-on-year.", "2020-10-29"],
  [
    "Online retail sales in the three quarters rose 18.5 per cent year on year to 9.19 trillion yuan, with physical goods sold online up 15.2 per cent.",
    "2021-10-19",
  ],
  [
    "Retail sales of consumer goods grew 8.2 percent year on year in January-June, 2.4 percentage points faster than in the first quarter.",
    "2023-07-20",
  ],
  [
    "A report released at the 2025 World Internet Conference put China's micro-drama users at 662 million.",
    "2026-03-11",
  ],
  ["2021年社会消费品零售总额比上年增长12.5%，两年平均增速为3.9%。", "2022-01-17"],
  ["2021年，扣除价格因素，社会消费品零售总额比上年实际增长10.7%。", "2022-01-17"],
  ["2021年12月份，社会消费品零售总额为41269亿元，同比增长1.7%。", "2022-01-17"],
  ["2021年6月份，社会消费品零售总额同比增长12.1%。", "2021-07-15"],
  ["2020年12月与2020年6月相比，我国网民增长的数量更是突破了4900万人。"],
  // "online retail sales of goods" are of physical goods.
  [
    "China's online retail sales of goods climbed 14.8 percent year-on-year to 9.8 trillion yuan (about $1.5 trillion) in 2020.",
    "2021-01-21",
  ],
  // Figures the history back to 2017 brought within reach (CNNIC 40th–48th reports).
  // Small-form punctuation (﹔) ends a clause: 手機 in the next one does not take the share.
  ["截至2020年3月,我國網絡購物用戶規模達7.10億,較2018年底增長1.00億,佔網民整體的78.6%﹔手機網絡購物用戶規模達7.07億。"],
  // "in 2021" of a count means its end: June's figure (812 million) may confirm, never refute, where December's is
  // not held (842 million is CNNIC's December 2021 figure).
  ["China had 842 million online shoppers in 2021."],
  ["Short video users numbered 648 million in 2018."],
  // The later value of a from-to pair takes the later of two paired periods.
  [
    "Short video users grew from 648 million to 1.012 billion between 2018 and 2022, while their utilization rate rose from 78.2% to 94.8%, a gain of 16.6 percentage points.",
  ],
  // "of rural residents" counts people, not the rural share of users (29.4%).
  ["It said more than 57.6 percent of rural residents have internet access.", "2021-08-28"],
  // A gap between two rates is neither rate.
  ["城乡地区互联网普及率差异为23.9%，截至2020年12月，农村地区互联网普及率为55.9%。"],
  // A share within e-commerce livestream users is not their share of all internet users (39.2%).
  ["截至2020年12月，电商直播用户规模为3.88亿，在电商直播中买过商品的用户已占整体电商直播用户的66.2%。"],
  // From pages no corpus row had used (the outside trial of the 2017–2021 history).
  // 户 and 部 count subscriptions and devices, never people.
  [
    "统计显示,2021年我国已开通5G基站142.5万个,5G手机终端连接数达5.18亿户;今年一季度又新建5G基站13.4万个。",
    "2022-05-28",
  ],
  ["中國信通院公布的數據顯示,截至2020年年底,我國在網5G手機終端約為1.7億部。"],
  // 微增 is a change.
  ["截至今年6月,网络直播用户规模达到4.25亿,比去年年末微增294万。", "2018-08-20"],
  ["Some 40.74 million people joined the online population in 2017, the report said.", "2018-02-01"],
  // A period right before an earlier value is that value's: 98.3% is June 2018's, not December 2017's.
  ["截至2018年6月,手机网民规模达7.88亿,比2017年底增加3509万人,网民中用手机上网的比例从2017年底的97.5%升至98.3%。"],
  // 手机 glued to 网上外卖 narrows food delivery; it names no mobile internet users.
  [
    "截至今年6月我国网上外卖用户规模达到3.64亿;其中手机网上外卖用户达3.44亿,增长率为6.6%,使用比例达43.6%。",
    "2018-08-20",
  ],
  // New internet users, and a sector's market, are not all users.
  ["新入网网民中,有24.3%第一次上网时使用的是短视频应用;2022年网络直播用户规模为7.51亿。", "2023-03-31"],
  ["2022年其中短视频领域市场规模2928.3亿,占比40.3%,网络直播领域1249.6亿,占比17.2%。", "2023-03-31"],
  // "September alone", "In March": one month of a flow is not the year to date.
  [
    "For September alone, total retail sales of consumer goods stood at 3.68 trillion yuan, 4.4 percent higher than a year before.",
    "2021-10-18",
  ],
  [
    "In March, total retail sales of consumer goods were 2,645 billion yuan, 15.8 percent lower than a year earlier.",
    "2020-04-19",
  ],
  // "Over the first quarter" opening a clause is the period, not a base.
  ["Over the first quarter as a whole, online retail sales dipped 0.8% from a year earlier.", "2020-04-24"],
  // An attacker's probes of the day's rules (true per the dataset).
  ["In the first 11 months of this year, online retail sales rose 9.1 percent year on year.", "2025-12-16"],
  ["From January to November this year, online retail sales rose 9.1 percent year on year.", "2025-12-16"],
  [
    "In the first 11 months of this year, online retail sales reached 13.96 trillion yuan, up 11 percent.",
    "2023-12-15",
  ],
  ["In 2022, physical goods accounted for 86.7 percent of online retail sales.", "2023-01-31"],
  ["2022年全国网上零售额13.79万亿元，其中实物商品网上零售额11.96万亿元，占比86.7%。", "2023-01-31"],
  ["2022年全國網上零售額13.79萬億元，其中實物商品佔比超過八成。", "2023-01-31"],
  ["2022年，全国网上零售额（含实物商品和非实物商品）13.79万亿元，同比增长4%。", "2023-01-31"],
  [
    "In 2022, online retail sales, covering both physical goods and services, rose 4 percent to 13.79 trillion yuan.",
    "2023-01-31",
  ],
  ["By December 2023, 66.5 percent of rural residents were using the internet.", "2024-03-22"],
  ["截至2023年12月，农村居民中有66.5%使用互联网。", "2024-03-22"],
  // A held-out set of pages no corpus row had used.
  // "physical commodities" narrows online retail to physical goods.
  [
    "Online sales of physical commodities rose 19.5 percent year on year to 1.1 trillion yuan in the first two months of 2019.",
  ],
  // 今年前11个月 is January–November of the page's year; 11 is no statistic.
  ["国家统计局12月15日数据显示,今年前11个月全国网上零售额124585亿元,同比增长4.2%。", "2022-12-15"],
  // 6亿1700万 is one count in two scales.
  ["一份行业报告显示,中国网络直播用户到2020年底已达6亿1700万,占网民的62.4%。", "2021-05-19"],
  // Game livestreaming is a part of livestreaming, not all of it.
  [
    "其中電商直播用戶規模為3.88億，較2020年3月增長1.23億，佔網民整體的39.2%；遊戲直播的用戶規模為1.91億，較2020年3月減少6835萬，佔網民整體的19.3%。",
  ],
];

describe("true sentences from an attacker's review", () => {
  it.each(TRUE_TEXTS.map(([text, published]) => ({ text, published })))(
    "are never flagged: $text",
    ({ text, published }) => {
      expect(flagged(text, published)).toEqual([]);
    },
  );
});

describe("wrong sentences", () => {
  it.each([
    "Online payment users reached 1.029 billion at the end of 2024, up 75.05 million, or 15 percent.",
    "China's online shoppers reached 974 million at the end of 2024, an increase of 59.5 million or 10 percent over 2023.",
    "截至2024年12月，我国网络支付用户规模达10.29亿人，较2023年12月增长7505万人，增长15%。",
    "CNNIC data released in March 2024 put China's internet users at 1.123 billion.",
  ])("stay flagged: %s", (text) => {
    expect(flagged(text)).not.toEqual([]);
  });

  it.each([
    ["去年全年新建5G基站超过100万个。", "2023-02-09"],
    ["China built 1.2 million new 5G base stations last year.", "2023-02-09"],
    ["China's internet users rose from 1.2 billion to 1.108 billion in 2024.", undefined],
    ["2024年一季度，全国网上零售额同比增长11.5%。", undefined],
    ["Online retail sales rose 9.8 percent in 2024.", undefined],
    ["China's rural internet penetration rate was 38.2 percent at the end of 2024.", undefined],
    // The rural share of users (28.2%) is not rural penetration (65.6%).
    ["China's rural internet penetration rate was 28.2 percent at the end of 2024.", undefined],
    ["截至2024年12月，我国农村互联网普及率为28.2%。", undefined],
    ["截至2024年12月，我国网民规模不到10亿。", undefined],
    ["China had fewer than 1.1 billion internet users at the end of 2024.", undefined],
    ["截至2024年12月，我国互联网普及率为百分之七十。", undefined],
    ["China's online retail sales in 2024 were $15.52 trillion.", undefined],
    ["截至2022年的12月份，网络短视频的用户规模已达10.31亿人，占网民整体的94.8%。", undefined],
    [
      "China's internet users rose to 1.123 billion as of June 2025 from 1.108 billion in December 2024, a net gain of 15 million new users in just six months.",
      "2025-07-25",
    ],
    ["Generative AI users grew 106.6 percent in 2025.", undefined],
    // Written once December's count was out, "in 2022" means the year's end, not February.
    ["In 2022, China had 1.506 million 5G base stations.", "2023-01-31"],
    ["2022年，千兆宽带用户达4596万户。", "2023-01-31"],
    // One step off the printed figure: 77.4% and 10.91亿 only touch 77.5% and 10.92亿.
    ["截至2023年12月，我国互联网普及率达77.4%。", "2024-03-22"],
    ["截至2023年12月，我国网民规模达10.91亿人。", "2024-03-22"],
    // Beyond anything the series reached between June 2021 and June 2022.
    ["China had 974 million online shoppers in 2021.", undefined],
    ["In the first three quarters of 2022, online retail sales grew 9.9 percent.", undefined],
    ["On Dec. 31, 2023, China had 4.838 million 5G base stations.", "2026-02-01"],
    ["Insurance claims rose as China's internet users reached 1.2 billion at the end of 2024.", "2025-02-01"],
    ["Tencent, Alibaba and ByteDance compete for China's 1.2 billion internet users.", "2025-02-01"],
    ["From January to May online retail sales grew 15.4 percent.", "2024-07-01"],
    // A page written after the figure came out is held to it.
    ["截至2025年6月，我国生成式人工智能普及率达46.5%。", "2025-10-01"],
  ])("stay flagged as additions and earlier values: %s", (text, published) => {
    expect(flagged(text, published)).not.toEqual([]);
  });

  it("stay flagged when the change is measured from 'last year' (比去年)", () => {
    expect(flagged("目前使用生成式AI平台的中国网民已达6.02亿，比去年增长180%。", "2026-02-10")).not.toEqual([]);
  });
});

describe("a single month of a flow", () => {
  it("is never confirmed by the year to date", () => {
    const check = checker.checkClaim("Online retail sales rose 12.4 percent in the month.", {
      published: "2024-04-17",
    });
    expect(check.figures[0]?.verdict).not.toBe("accurate");
  });
});

/** Each figure of a text with its verdict, in text order. */
const verdicts = (text: string, published?: string) =>
  checkArticleWith(checker, text, { published })
    .sentences.flatMap((sentence) => sentence.figures)
    .map((figure) => `${figure.claimed.text}: ${figure.verdict}`);

describe("true figures the dataset holds", () => {
  it("are confirmed when a bracket restates the figure before it, and so is the change after it", () => {
    expect(
      verdicts(
        "By the end of June 2024 the country's netizens numbered close to 1.1 billion (1.09967 billion), 7.42 million more than at the end of 2023.",
      ),
    ).toEqual(["1.1 billion: accurate", "1.09967 billion: accurate", "7.42 million: accurate"]);
    expect(verdicts("2024年6月底，全国网民规模接近11亿人（10.9967亿人），比2023年12月增加742万人。")).toEqual([
      "11亿: accurate",
      "10.9967亿: accurate",
      "742万: accurate",
    ]);
    expect(
      verdicts("By the end of June 2024 the country's netizens numbered close to 1.1 billion (1.08967 billion)."),
    ).toContain("1.08967 billion: imprecise");
  });

  it("are confirmed when a narrowing word belongs to another figure joined after it", () => {
    const text =
      "The country has 4.25 million 5G base stations and over 200 million gigabit broadband users, the ministry said.";
    expect(verdicts(text, "2025-01-21")).toEqual(["4.25 million: accurate", "200 million: accurate"]);
    expect(verdicts(text.replace("4.25", "4.52"), "2025-01-21")).toContain("4.52 million: inaccurate");
    // A narrowing word after a figure it is not joined to still narrows the figure before.
    expect(
      verdicts("Internet penetration was 69.2% for 322 million rural internet users at the end of June 2025."),
    ).toContain("69.2%: unverifiable");
  });

  it("are confirmed when 'internet usage' names the penetration rate", () => {
    const text = "By the end of 2023 internet usage in China had climbed to 77.5 percent.";
    expect(verdicts(text)).toEqual(["77.5 percent: accurate"]);
    expect(verdicts(text.replace("77.5", "82.5"))).toContain("82.5 percent: inaccurate");
  });

  it("are confirmed when a part of the level before completes its words with the level's ('of them', 其中)", () => {
    const text =
      "The country counted 31.87 million domain names at the end of June 2024, 19.56 million of them under .CN, or 61.4 percent.";
    expect(verdicts(text)).toEqual(["31.87 million: accurate", "19.56 million: accurate", "61.4 percent: accurate"]);
    expect(verdicts(text.replace("61.4", "65.4"))).toContain("65.4 percent: inaccurate");
    expect(verdicts("截至2024年6月，全国域名总数3187万个，其中“.CN”域名1956万个。")).toEqual([
      "3187万: accurate",
      "1956万: accurate",
    ]);
    expect(verdicts("截至2024年6月，全国域名总数3187万个，其中“.CN”域名2956万个。")).toContain("2956万: inaccurate");
    expect(
      verdicts("China had 1.032 billion internet users at the end of 2021, 129 million of them over 60."),
    ).toContain("129 million: inaccurate");
  });

  it("are never judged as the whole they are a part of", () => {
    expect(
      flagged(
        "China had 1.032 billion internet users at the end of 2021, and 119 million of them were online every day.",
      ),
    ).toEqual([]);
  });
});
