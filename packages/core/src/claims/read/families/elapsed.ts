import { elapsedIn } from "../elapsed.ts";
import type { RecogniserFamily } from "../recogniser.ts";

/** Elapsed spans: "in just six months", 半年: how long a stated change took. */
export const ELAPSED: RecogniserFamily = {
  family: "elapsed",
  read: (text) => {
    const elapsed = elapsedIn(text);
    return elapsed ? [elapsed] : [];
  },
  recognisers: [
    {
      id: "elapsed.zh.half-year",
      lang: "zh",
      finds: ["用户规模半年翻番", "半年来新增用户2000万"],
      ignores: ["上半年新增用户2000万", "下半年"],
    },
    {
      id: "elapsed.zh.six-months",
      lang: "zh",
      finds: ["六个月内用户翻番", "6个月来新增2000万"],
      ignores: ["前6月新增2000万", "6月份"],
    },
    {
      id: "elapsed.en.six-months",
      lang: "en",
      finds: ["users doubled in just six months", "over the past 6 months"],
      ignores: ["users doubled in 2024", "six months ago"],
    },
    {
      id: "elapsed.en.half-year",
      lang: "en",
      finds: ["users doubled in half a year", "within only half a year"],
      ignores: ["in the first half of the year", "half a billion"],
    },
  ],
};
