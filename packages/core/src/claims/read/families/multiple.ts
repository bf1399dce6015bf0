import { extractMultiples } from "../multiple.ts";
import type { RecogniserFamily } from "../recogniser.ts";

/** Multiples: a growth stated as times its base, "doubled", 翻番. */
export const MULTIPLE: RecogniserFamily = {
  family: "multiple",
  read: extractMultiples,
  recognisers: [
    {
      id: "multiple.en.doubled",
      lang: "en",
      finds: ["5G users more than doubled in a year", "sales doubled"],
      ignores: ["5G users grew by 100 million", "a double-digit rise"],
    },
    {
      id: "multiple.en.tripled",
      lang: "en",
      finds: ["revenue tripled", "sales trebled since 2020"],
      ignores: ["revenue rose threefold in name only", "triple play"],
    },
    {
      id: "multiple.en.quadrupled",
      lang: "en",
      finds: ["traffic quadrupled"],
      ignores: ["traffic rose", "a quadruple"],
    },
    {
      id: "multiple.zh.fanfan",
      lang: "zh",
      finds: ["半年翻番", "用户规模翻了一番", "收入超过翻番"],
      ignores: ["用户规模增长一倍", "翻译"],
    },
    {
      id: "multiple.zh.fan-n-fan",
      lang: "zh",
      finds: ["收入翻两番", "十年翻了三番"],
      ignores: ["收入翻番", "两番"],
    },
  ],
};
