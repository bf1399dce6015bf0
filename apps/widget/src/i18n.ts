import type { Lang } from "./types.ts";

const STRINGS = {
  en: {
    verified: "Verified",
    mismatch: "Does not match the source",
    source: "Source: ",
    close: "Close",
    quoted: "As cited: ",
    change: "Change: ",
    /** Before the newer figure, between it and its period, after: "Newer figure: 1.125 billion, December 2025". */
    newer: ["Newer figure: ", ", ", ""],
    /** A sparkline's text: "Internet users, December 1997 to December 2025: 620,000 to 1.125 billion". */
    span: [", ", " to ", ": "],
    status: {
      verified: "Verified against ",
      reported: "Not verified; reported by ",
      projection: "A projection by ",
    },
    verdict: undefined,
  },
  zh: {
    verified: "已核实",
    mismatch: "与来源数据不符",
    source: "来源：",
    close: "关闭",
    quoted: "引用原文：",
    change: "变化：",
    newer: ["最新数据：", "（", "）"],
    span: ["，", "至", "："],
    status: { verified: "已对照核实：", reported: "未经核实，来源：", projection: "预测，来源：" },
    verdict: { accurate: "准确", imprecise: "不够准确", inaccurate: "不准确", unverifiable: "无法核实" },
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}

/** The language of an element: its nearest `lang`, Chinese for any zh-*. */
export function langOf(element: Element): Lang {
  return /^zh/i.test(element.closest("[lang]")?.getAttribute("lang") ?? "") ? "zh" : "en";
}
