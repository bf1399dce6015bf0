import { extractQuantities } from "../quantity.ts";
import type { RecogniserFamily } from "../recogniser.ts";

/** Numbers: digits with their scale, unit or currency, and the shares written in words. */
export const QUANTITY: RecogniserFamily = {
  family: "quantity",
  read: (text) => extractQuantities(text),
  recognisers: [
    {
      id: "quantity.any.digits",
      lang: "any",
      finds: ["The survey covered 647,000 households.", "共有3.5个样本"],
      ignores: ["Revenue rose in 2024.", "5G coverage widened.", "It ranked 55th."],
    },
    {
      id: "quantity.en.scale-word",
      lang: "en",
      finds: ["China had 1.092 billion internet users.", "a rise of 24.8 million"],
      ignores: ["China had 1.092bn internet users.", "billions of users"],
    },
    {
      id: "quantity.en.glued-scale",
      lang: "en",
      finds: ["China had 1.108bn internet users.", "users reached 1.1bn", "some 500k users"],
      ignores: ["China had 1.108 billion internet users.", "5g users"],
    },
    {
      id: "quantity.zh.scale",
      lang: "zh",
      finds: ["我国网民规模达10.92亿", "5G基站达 222 万个", "访问量达1.5万亿次"],
      ignores: ["网民规模持续增长", "共有647000户"],
    },
    {
      id: "quantity.zh.plus",
      lang: "zh",
      finds: ["覆盖1000余人", "已有300多家企业"],
      ignores: ["覆盖1000人", "更多的企业上线"],
    },
    {
      id: "quantity.zh.yi-wan",
      lang: "zh",
      finds: ["短视频用户规模达6亿1700万", "网民1亿3000万余人"],
      ignores: ["短视频用户规模达6.17亿", "用户1700万"],
    },
    {
      id: "quantity.any.percent",
      lang: "any",
      finds: ["Penetration reached 78.6 per cent.", "普及率达78.6%", "up 3.5 percentage points"],
      ignores: ["Penetration reached 78.6 million.", "普及率继续提升"],
    },
    {
      id: "quantity.zh.percent",
      lang: "zh",
      finds: ["提升2.6个百分点"],
      ignores: ["up 2.6 percentage points", "提升2.6%"],
    },
    {
      id: "quantity.any.currency",
      lang: "any",
      finds: ["revenue of $3 billion", "RMB 15.52 trillion in sales", "收入15.52万亿元", "投资20亿美元"],
      ignores: ["15.52 trillion messages", "收入持续增长"],
    },
    {
      id: "quantity.zh.bai-fen-zhi",
      lang: "zh",
      finds: ["普及率达百分之七十", "占比百分之七十八点六", "占百分之12.5"],
      ignores: ["普及率达70%", "百分百满意"],
    },
    {
      id: "quantity.zh.cheng",
      lang: "zh",
      finds: ["近七成网民使用短视频", "超过三成用户"],
      ignores: ["七月份用户增加", "成为第一"],
    },
    {
      id: "quantity.zh.fen-zhi",
      lang: "zh",
      finds: ["约三分之一的网民", "四分之三的用户"],
      ignores: ["约三成网民", "分之"],
    },
    {
      id: "quantity.en.in-ten",
      lang: "en",
      finds: ["7 in 10 users watch short video", "one in five adults"],
      ignores: ["7 of the top 10 apps", "in 10 years"],
    },
    {
      id: "quantity.en.fraction",
      lang: "en",
      finds: ["three quarters of users", "a third of adults"],
      ignores: ["the first three quarters of 2022", "third-party apps"],
    },
    {
      id: "quantity.en.spelled-scale",
      lang: "en",
      finds: ["short video users topped one billion", "a million more subscribers", "two trillion yuan in sales"],
      ignores: ["one of the billion users", "someone billion", "a billion-dollar deal"],
    },
    {
      id: "quantity.en.half",
      lang: "en",
      finds: ["more than half of users", "half of adults"],
      ignores: ["in the first half of 2024", "a half-year growth rate"],
    },
    {
      id: "quantity.zh.half",
      lang: "zh",
      finds: ["过半网民使用短视频", "一半的用户"],
      ignores: ["上半年网民增加", "半年翻番"],
    },
  ],
};
