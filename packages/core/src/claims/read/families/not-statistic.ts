import { ruledOutBy } from "../not-statistic.ts";
import { extractQuantities, type Quantity } from "../quantity.ts";
import type { RecogniserFamily, Tagged } from "../recogniser.ts";

/** Every number a rule sets aside as not a statistic, tagged with that rule, as the checker reads them. */
function readNotStatistics(text: string): Tagged[] {
  const found: Tagged[] = [];
  let previous: Quantity | undefined;
  for (const quantity of extractQuantities(text)) {
    const rule = ruledOutBy(quantity, text, previous);
    previous = quantity;
    if (rule) found.push({ start: quantity.start, end: quantity.end, recogniser: rule.recogniser });
  }
  return found;
}

/** Numbers that are not statistics: durations, streaks, ages, ranks, dates, other units, conversions. */
export const NOT_STATISTIC: RecogniserFamily = {
  family: "not-statistic",
  read: readNotStatistics,
  recognisers: [
    {
      id: "not-statistic.en.years",
      lang: "en",
      finds: ["It led the market for 12 consecutive years.", "a 10-year plan for 1.2 billion users"],
      ignores: ["It had 12 million users.", "for the eighth consecutive year, 1.09 billion users"],
    },
    {
      id: "not-statistic.zh.streak",
      lang: "zh",
      finds: ["连续10年位居全球第一", "连续3次下调"],
      ignores: ["网民规模10.9亿", "连续增长至10.9亿"],
    },
    {
      id: "not-statistic.zh.years",
      lang: "zh",
      finds: ["10年来网民规模翻番", "30多年间"],
      ignores: ["2024年网民规模", "10亿网民"],
    },
    {
      id: "not-statistic.zh.months",
      lang: "zh",
      finds: ["6个月以来用户增加", "3个月来"],
      ignores: ["6月份用户增加", "6亿用户"],
    },
    {
      id: "not-statistic.zh.first-months",
      lang: "zh",
      finds: ["前11个月软件业务收入增长", "前3个月"],
      ignores: ["11月份软件业务收入", "前进11亿"],
    },
    {
      id: "not-statistic.en.first-months",
      lang: "en",
      finds: ["in the first 11 months, revenue rose"],
      ignores: ["in November, revenue rose", "the first 11 million users"],
    },
    {
      id: "not-statistic.en.aged",
      lang: "en",
      finds: ["users aged 60 and above", "people at age 60"],
      ignores: ["users numbered 60 million", "60 percent of users"],
    },
    {
      id: "not-statistic.en.age-range",
      lang: "en",
      finds: ["users aged 20 to 29", "people aged 10-19"],
      ignores: ["from 20 to 29 million users", "users aged 60 and above rose"],
    },
    {
      id: "not-statistic.zh.age-range",
      lang: "zh",
      finds: ["20-29岁网民占比", "10至19岁"],
      ignores: ["20-29万网民", "19岁以下网民"],
    },
    {
      id: "not-statistic.any.other-unit",
      lang: "any",
      finds: ["users spent 29.5 hours a week online", "人均每周上网29.5小时", "about 19 gb a month"],
      ignores: ["29.5 million users", "29.5%的网民"],
    },
    {
      id: "not-statistic.en.contribution",
      lang: "en",
      finds: ["the sector contributed 23.5 percent to the growth", "it added 1.2 percent to the increase"],
      ignores: ["the sector grew 23.5 percent", "23.5 percent of users"],
    },
    {
      id: "not-statistic.zh.contribution",
      lang: "zh",
      finds: ["贡献率为23.5%", "拉动23.5%"],
      ignores: ["增长23.5%", "占比23.5%"],
    },
    {
      id: "not-statistic.any.other-rate",
      lang: "any",
      finds: [
        "两年平均增长8.3%",
        "grew in real terms 4.5%",
        "扣除价格因素实际增长4.5%",
        "the real growth rate was 3.1 percent",
        "sales were 12.5 percent lower in real terms",
      ],
      ignores: ["同比增长8.3%", "up 4.5% year on year", "up 4.5% in nominal terms"],
    },
    {
      id: "not-statistic.any.difference",
      lang: "any",
      finds: ["城乡地区互联网普及率差异为23.9%", "两者相差23.9%"],
      ignores: ["农村地区互联网普及率为66.5%", "the rural rate of 66.5 percent"],
    },
    {
      id: "not-statistic.en.per",
      lang: "en",
      finds: ["34.4 base stations per 10,000 people", "one for every 100 residents"],
      ignores: ["34.4 base stations in 10,000 villages", "100 residents"],
    },
    {
      id: "not-statistic.any.age",
      lang: "any",
      finds: ["60岁及以上网民", "60周岁以上", "users 60 and above"],
      ignores: ["60万网民", "60 percent and above"],
    },
    {
      id: "not-statistic.en.rank",
      lang: "en",
      finds: ["it ranked 2 worldwide", "among the top 10 apps", "the No. 1 platform"],
      ignores: ["it had 2 million users", "10 apps"],
    },
    {
      id: "not-statistic.zh.rank",
      lang: "zh",
      finds: ["位列全球前10名", "排名前3位"],
      ignores: ["全球10亿用户", "2亿用户"],
    },
    {
      id: "not-statistic.zh.report-count",
      lang: "zh",
      finds: ["共53次《统计报告》", "53次报告显示"],
      ignores: ["53万次访问", "第53届大会"],
    },
    {
      id: "not-statistic.en.day-of-month",
      lang: "en",
      finds: ["released on October 18", "on 18 October, CNNIC said", "on 18 oct. it said", "released on sept. 18"],
      ignores: [
        "18 million users in October",
        "it had 18 apps",
        "in the past decade 18 provinces",
        "18 mayors joined",
        "3 markets",
      ],
    },
    {
      id: "not-statistic.any.conversion",
      lang: "any",
      finds: ["revenue of 15.52 trillion yuan ($2.2 trillion)", "收入100亿元（约14亿美元）"],
      ignores: ["revenue of 15.52 trillion yuan, and $2.2 trillion abroad", "收入100亿元"],
    },
  ],
};
