import { h } from "preact";
import { stringsFor } from "../i18n.ts";
import type { Fact, FigureVerdict, Lang } from "../types.ts";
import { verdictMark } from "./ClaimBadge.tsx";
import { Popover } from "./Popover.tsx";
import { SourceDetails } from "./SourceDetails.tsx";

/** The mark after one judged figure of a text: its verdict, why, and the source card of the fact it was judged by. */
export function FigureMark({ figure, fact, lang }: { figure: FigureVerdict; fact: Fact | undefined; lang: Lang }) {
  const t = stringsFor(lang);
  const [text, className, word] = verdictMark(figure.verdict, t);
  return (
    <Popover badgeText={text} badgeClass={className} label={`${word}: ${figure.explanation}`} t={t}>
      <p class={`status ${figure.verdict === "accurate" ? "verified" : "mismatch"}`}>{word}</p>
      <p>{figure.explanation}</p>
      {fact ? <SourceDetails fact={fact} lang={lang} t={t} /> : null}
    </Popover>
  );
}
