import { lowerFirst } from "../../format/case.ts";
import { formatFigure, type Lang } from "../../format/number.ts";
import { formatPeriod } from "../../format/period.ts";
import { publisherName } from "../../format/publisher.ts";
import type { Fact, Period } from "../../schema/fact.ts";
import type { UnverifiableReason, Verdict } from "../../schema/verdict.ts";

/** What an explanation says about the verified side. */
export interface Evidence {
  readonly fact: Fact;
  readonly text: { en: string; zh: string };
  readonly period: Period;
  readonly derivedFrom?: readonly Fact[] | undefined;
}

const VERDICT_WORD: Record<Lang, Record<Verdict, string>> = {
  en: { accurate: "Accurate", imprecise: "Imprecise", inaccurate: "Inaccurate", unverifiable: "Unverifiable" },
  zh: { accurate: "准确", imprecise: "不够准确", inaccurate: "不准确", unverifiable: "无法核实" },
};

function periodPhrase(period: Period, lang: Lang): string {
  const text = formatPeriod(period, lang);
  return lang === "en" && /^\d{4}$/.test(text) ? `in ${text}` : text;
}

function statement(evidence: Evidence, lang: Lang): string {
  const { fact } = evidence;
  const value = evidence.text[lang];
  const period = periodPhrase(evidence.period, lang);
  if (lang === "zh") {
    const derived = evidence.derivedFrom
      ? `（由${evidence.derivedFrom.map((from) => `${from.label.zh}${formatFigure(from, "zh")}`).join("与")}推算）`
      : "";
    return `据${publisherName(fact.source.publisher, lang)}，${period}${fact.label.zh}为${value}${derived}`;
  }
  const derived = evidence.derivedFrom
    ? ` (derived from ${evidence.derivedFrom.map((from) => `${lowerFirst(from.label.en)}, ${formatFigure(from, "en")}`).join(", and ")})`
    : "";
  return `${publisherName(fact.source.publisher, lang)} puts ${lowerFirst(fact.label.en)} at ${value} ${period}${derived}`;
}

export function explainJudgement(
  verdict: Exclude<Verdict, "unverifiable">,
  claimedText: string,
  evidence: Evidence,
  offByPercent: number,
  lang: Lang,
): string {
  const word = VERDICT_WORD[lang][verdict];
  const off = offByPercent.toFixed(offByPercent < 1 ? 2 : 1);
  if (lang === "zh") {
    if (verdict === "accurate") return `${word}：${statement(evidence, lang)}，与“${claimedText}”相符。`;
    return `${word}：声明为“${claimedText}”，而${statement(evidence, lang)}（相差${off}%）。`;
  }
  if (verdict === "accurate") return `${word}: ${statement(evidence, lang)}, consistent with "${claimedText}".`;
  return `${word}: the claim says ${claimedText}, but ${statement(evidence, lang)} (${off}% off).`;
}

export function explainWrongUnit(claimedText: string, evidence: Evidence, lang: Lang): string {
  const unit = evidence.fact.unit;
  if (lang === "zh")
    return `不准确：“${claimedText}”的单位不对，${statement(evidence, lang)}（单位：${unit === "CNY" ? "人民币元" : unit}）。`;
  const unitName = unit === "CNY" ? "yuan" : unit === "USD" ? "US dollars" : unit;
  return `Inaccurate: "${claimedText}" is in the wrong unit; ${statement(evidence, lang)}, in ${unitName}.`;
}

export function explainWrongDirection(
  claimedText: string,
  evidence: Evidence,
  lang: Lang,
  claimed: "up" | "down",
): string {
  if (lang === "zh") {
    const [said, was] = claimed === "down" ? ["下降", "增长"] : ["增长", "下降"];
    return `不准确：声明说“${claimedText}”是${said}，而${statement(evidence, lang)}，是${was}。`;
  }
  const [said, was] = claimed === "down" ? ["fall", "rise"] : ["rise", "fall"];
  return `Inaccurate: the claim has ${claimedText} as a ${said}, but ${statement(evidence, lang)}, a ${was}.`;
}

const UNVERIFIABLE: Record<Lang, Record<UnverifiableReason, string>> = {
  en: {
    "no-figure": "Unverifiable: the text states no figure to check.",
    "no-metric": "Unverifiable: no verified figure measures what this number is about.",
    "other-entity": "Unverifiable: factline has no verified figures for {entity}.",
    "no-period": "Unverifiable: no verified figure for {metric} {period}.",
    "unknown-fact": "Unverifiable: there is no fact with that id.",
    "wrong-kind": "Unverifiable: {metric} is known, but not as this kind of figure (a count, share or change).",
    forecast:
      "Unverifiable: this is a forecast of {metric}; it is confirmed when it matches a verified figure, never flagged.",
    quoted: "Unverifiable: the text denies this figure or reports it as someone else's claim; it is not judged.",
    "other-currency":
      "Unverifiable: the figure is in another currency than the source's; factline does not convert currencies.",
    "rounded-floor":
      "Unverifiable: {metric} was {verified}, which rounds to the floor the text names; it holds only if the writer rounded first.",
  },
  zh: {
    "no-figure": "无法核实：这段文字没有可核对的数字。",
    "no-metric": "无法核实：没有与这个数字所指内容对应的已核实数据。",
    "other-entity": "无法核实：factline没有{entity}的已核实数据。",
    "no-period": "无法核实：没有{metric}在{period}的已核实数据。",
    "unknown-fact": "无法核实：没有这个编号的数据。",
    "wrong-kind": "无法核实：有{metric}的数据，但不是这一类数字（总量、比例或变化）。",
    forecast: "无法核实：这是对{metric}的预测，与已核实数据相符时确认，不判为错误。",
    quoted: "无法核实：文中否定了这个数字，或把它作为他人的说法转述，不作判断。",
    "other-currency": "无法核实：这个数字所用的货币与来源不同，factline不做货币换算。",
    "rounded-floor": "无法核实：{metric}为{verified}，四舍五入后正是文中所说的下限；只有先取整再说“超过”才成立。",
  },
};

export function explainUnverifiable(
  reason: UnverifiableReason,
  lang: Lang,
  details: { entity?: string; metric?: string; period?: string; verified?: string } = {},
): string {
  return UNVERIFIABLE[lang][reason]
    .replace("{entity}", details.entity ?? "")
    .replace("{verified}", details.verified ?? "")
    .replace("{metric}", details.metric ?? "")
    .replace("{period}", details.period || (lang === "zh" ? "所指时间" : "at the time the text means"));
}
