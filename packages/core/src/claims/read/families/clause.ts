import type { RecogniserFamily } from "../recogniser.ts";
import { clauseBreaks } from "../sentence.ts";

/** Clause breaks: where a figure's clause ends, so words after the break belong to the next figure. */
export const CLAUSE: RecogniserFamily = {
  family: "clause",
  read: clauseBreaks,
  recognisers: [
    {
      id: "clause.any.punctuation",
      lang: "any",
      finds: ["users rose; revenue fell", "网民增加，收入下降"],
      ignores: ["users numbered 1,092,000,000", "网民增加收入下降"],
    },
    {
      id: "clause.en.conjunction",
      lang: "en",
      finds: ["users rose while revenue fell", "video reached 71.1 percent with users rising"],
      ignores: ["video reached 71.1 percent with 704 million users", "meanwhile revenue fell"],
    },
    {
      id: "clause.en.and-number",
      lang: "en",
      finds: ["penetration was 78.6% and 24.8 million joined"],
      ignores: ["users and revenue rose", "the rural and urban rates"],
    },
    {
      id: "clause.zh.conjunction",
      lang: "zh",
      finds: ["网民增加2480万，其中农村网民1000万", "城镇网民增加而农村网民减少"],
      ignores: ["网民增加2480万", "然后"],
    },
  ],
};
