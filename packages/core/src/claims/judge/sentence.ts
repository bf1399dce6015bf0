import type { Lang } from "../../format/number.ts";
import type { ClaimCheck, FigureVerdict, IgnoredNumber, UnverifiableReason } from "../../schema/verdict.ts";
import { explainUnverifiable } from "./explain.ts";
import { worstVerdict } from "./verdicts.ts";

/** Some figures verified, none wrong, some not judged: unverifiable, saying which were verified (k of n). */
function partlyVerified(
  claim: string,
  lang: Lang,
  figures: FigureVerdict[],
  ignored: IgnoredNumber[],
  notChecked: number,
): ClaimCheck {
  const judged = figures.filter((figure) => figure.verdict !== "unverifiable").length;
  const total = figures.length + notChecked;
  const firstUnjudged = figures.find((figure) => figure.verdict === "unverifiable");
  const lead = lang === "zh" ? `${total}个数字中${judged}个已核实。` : `${judged} of ${total} figures verified. `;
  return {
    claim,
    lang,
    verdict: "unverifiable",
    explanation: `${lead}${firstUnjudged?.explanation ?? ""}`.trim(),
    factId: null,
    claimed: null,
    verified: null,
    reason: firstUnjudged?.reason ?? "no-period",
    figures,
    judged,
    notChecked,
    ignored,
  };
}

export function summarize(
  claim: string,
  lang: Lang,
  figures: FigureVerdict[],
  reason?: UnverifiableReason,
  ignored: IgnoredNumber[] = [],
  notChecked = 0,
): ClaimCheck {
  const judgedFigures = figures.filter((figure) => figure.verdict !== "unverifiable");
  if (judgedFigures.length === 0) {
    const why = reason ?? "no-figure";
    return {
      claim,
      lang,
      verdict: "unverifiable",
      // Figures read but none judged: say why for the first, not that the text states none.
      explanation: figures[0]?.explanation ?? explainUnverifiable(why, lang),
      factId: null,
      claimed: null,
      verified: null,
      reason: figures[0]?.reason ?? why,
      figures,
      judged: 0,
      notChecked,
      ignored,
    };
  }
  // A wrong figure sinks the sentence; a sentence is accurate only when every statistic in it is.
  const worst = worstVerdict(judgedFigures.map((figure) => figure.verdict));
  const unjudged = figures.length - judgedFigures.length + notChecked;
  if (worst === "accurate" && unjudged > 0) return partlyVerified(claim, lang, figures, ignored, notChecked);
  const verdict = worst;
  const decisive = judgedFigures.find((figure) => figure.verdict === verdict) ?? judgedFigures[0];
  const explanation =
    figures.length > 1 && verdict !== "accurate"
      ? judgedFigures
          .filter((figure) => figure.verdict !== "accurate")
          .map((figure) => figure.explanation)
          .join(" ")
      : (decisive?.explanation ?? "");
  return {
    claim,
    lang,
    verdict,
    explanation,
    factId: decisive?.factId ?? null,
    claimed: decisive?.claimed ?? null,
    verified: decisive?.verified ?? null,
    ...(decisive?.reason ? { reason: decisive.reason } : {}),
    figures,
    judged: judgedFigures.length,
    notChecked,
    ignored,
  };
}
