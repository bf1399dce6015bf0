import { cuesOf } from "../cues.ts";
import { extractQuantities } from "../quantity.ts";
import type { RecogniserFamily, Tagged } from "../recogniser.ts";
import { clauseStarts } from "../sentence.ts";

/** Every cue read around a number, at the number's place: hedges, bounds, changes, earlier values, forecasts. */
function readCues(text: string): Tagged[] {
  const context = { text, clauseStarts: clauseStarts(text) };
  return extractQuantities(text).flatMap((quantity) =>
    cuesOf(quantity, text, context).map((recogniser) => ({ start: quantity.start, end: quantity.end, recogniser })),
  );
}

/** Cues: the words around a number that make it a bound, a change, an earlier value, a forecast or a quote. */
export const CUE: RecogniserFamily = {
  family: "cue",
  read: readCues,
  recognisers: [
    {
      id: "cue.en.hedge-about",
      lang: "en",
      finds: ["China had about 1.1 billion internet users.", "roughly 24 million new users"],
      ignores: ["China had 1.1 billion internet users.", "more than 1.1 billion users"],
    },
    {
      id: "cue.en.hedge-over",
      lang: "en",
      finds: ["China had more than 1.1 billion internet users.", "over 90% of adults"],
      ignores: ["China had 1.1 billion internet users.", "nearly 90% of adults"],
    },
    {
      id: "cue.en.hedge-nearly",
      lang: "en",
      finds: ["nearly 80% of users watch short video", "almost 1.1 billion users"],
      ignores: ["80% of users watch short video", "about 1.1 billion users"],
    },
    {
      id: "cue.zh.hedge-about",
      lang: "zh",
      finds: ["网民规模约10.9亿", "大约3亿用户"],
      ignores: ["网民规模10.9亿", "超过10.9亿网民"],
    },
    {
      id: "cue.zh.hedge-over",
      lang: "zh",
      finds: ["网民规模超过10.9亿", "普及率超80%"],
      ignores: ["网民规模10.9亿", "网民规模约10.9亿"],
    },
    {
      id: "cue.zh.hedge-nearly",
      lang: "zh",
      finds: ["网民规模近11亿", "普及率接近80%"],
      ignores: ["网民规模11亿", "普及率超过80%"],
    },
    {
      id: "cue.en.floor",
      lang: "en",
      finds: ["no fewer than 1 billion users", "users did not fall below 1 billion", "at least 1 billion users"],
      ignores: ["1 billion users", "fewer than 1 billion users"],
    },
    {
      id: "cue.zh.floor",
      lang: "zh",
      finds: ["网民不低于10亿", "至少10亿网民"],
      ignores: ["网民10亿", "网民不到10亿"],
    },
    {
      id: "cue.en.ceiling",
      lang: "en",
      finds: ["users stayed under 1.2 billion", "below 1.2 billion users"],
      ignores: ["users stood at 1.2 billion", "no fewer than 1.2 billion users"],
    },
    {
      id: "cue.zh.ceiling",
      lang: "zh",
      finds: ["网民不到12亿", "网民尚未突破12亿"],
      ignores: ["网民达12亿", "网民不低于12亿"],
    },
    {
      id: "cue.en.change-up",
      lang: "en",
      finds: [
        "users rose by 24.8 million",
        "an increase of 59.5 million",
        "24.8 million more than a year earlier",
        "yearly increases of 4.1% and 3.9%",
      ],
      ignores: ["users reached 1.1 billion", "users rose to 1.1 billion"],
    },
    {
      id: "cue.en.change-down",
      lang: "en",
      finds: ["users fell by 3 million", "a decline of 2.1 percent", "declines of 2.1 and 3.4 percent"],
      ignores: ["users fell to 3 million", "users stood at 3 million"],
    },
    {
      id: "cue.zh.change-up",
      lang: "zh",
      finds: ["网民规模较上年增长2480万", "同比增长8.3%"],
      ignores: ["网民规模达10.92亿", "网民规模增长至10.92亿"],
    },
    {
      id: "cue.zh.change-down",
      lang: "zh",
      finds: ["用户减少300万", "同比下降2.1%"],
      ignores: ["用户规模300万", "用户规模下降至300万"],
    },
    {
      id: "cue.zh.addition",
      lang: "zh",
      finds: ["全年新建5G基站88.7万个", "新增5G基站65.4万个"],
      ignores: ["5G基站总数达337.7万个", "新建5G基站总数达337.7万个"],
    },
    {
      id: "cue.en.addition",
      lang: "en",
      finds: ["887,000 new 5G base stations", "887,000 5G base stations were newly built"],
      ignores: ["3.377 million 5G base stations in total", "887,000 5G base stations"],
    },
    {
      id: "cue.en.earlier",
      lang: "en",
      finds: ["rose to 974 million from 915 million", "1.092 billion a year earlier"],
      ignores: ["rose to 974 million", "1.092 billion users"],
    },
    {
      id: "cue.zh.earlier",
      lang: "zh",
      finds: ["网民规模从9.89亿增至10.11亿"],
      ignores: ["网民规模增至10.11亿", "网民规模10.11亿"],
    },
    {
      id: "cue.en.year-on-year",
      lang: "en",
      finds: ["revenue rose 8.3% year on year", "users grew 5% in the past 12 months", "up 2% yoy"],
      ignores: ["revenue rose 8.3% in 2024", "the yearly report showed growth of 8.3%"],
    },
    {
      id: "cue.zh.year-on-year",
      lang: "zh",
      finds: ["软件业务收入同比增长8.3%", "过去一年网民增加2480万"],
      ignores: ["软件业务收入增长8.3%", "同比口径下收入为1.2万亿元"],
    },
    {
      id: "cue.en.forecast",
      lang: "en",
      finds: ["users are expected to pass 1.2 billion", "the goal was 1.2 billion users"],
      ignores: ["users passed 1.2 billion", "users stood at 1.2 billion, as expected"],
    },
    {
      id: "cue.zh.forecast",
      lang: "zh",
      finds: ["网民规模预计将达到12亿", "力争5G基站达到300万个"],
      ignores: ["网民规模达到12亿", "5G基站达到300万个"],
    },
    {
      id: "cue.en.denied",
      lang: "en",
      finds: ["users number 1.09 billion, not 1.2 billion", "instead of about 1.2 billion"],
      ignores: ["users number 1.09 billion", "not only 1.2 billion users but"],
    },
    {
      id: "cue.en.quote",
      lang: "en",
      finds: ["a viral post claimed 1.5 billion users", "it was wrongly said to have 1.5 billion users"],
      ignores: ["the report said 1.09 billion users", "1.09 billion users"],
    },
    {
      id: "cue.zh.denied",
      lang: "zh",
      finds: ["网民规模并非12亿", "不是12亿网民"],
      ignores: ["网民规模为12亿", "网民规模12亿"],
    },
    {
      id: "cue.zh.quote",
      lang: "zh",
      finds: ["网传我国网民达15亿", "有说法称网民达15亿"],
      ignores: ["报告称我国网民达10.9亿", "我国网民达10.9亿"],
    },
  ],
};
