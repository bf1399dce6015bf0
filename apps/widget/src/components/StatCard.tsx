import { formatFigure, formatPeriod, publisherName } from "@factline/core/format";
import { h } from "preact";
import type { SeriesPoint } from "../api.ts";
import { stringsFor } from "../i18n.ts";
import { httpUrl } from "../safe-url.ts";
import type { Fact, Lang } from "../types.ts";
import { NewerFigure, when } from "./NewerFigure.tsx";
import { Sparkline } from "./Sparkline.tsx";

function changeText(change: Fact, lang: Lang): string {
  const relation = change.relations.find((candidate) => candidate.type === "change-from");
  const since = relation?.type === "change-from" && !relation.comparableBasis ? relation.since : undefined;
  const amount = `${change.value < 0 ? "" : "+"}${formatFigure(change, lang)}`;
  if (lang === "zh") return since ? `较${since.replace("-", "年")}月${amount}` : `同比${amount}`;
  return since ? `${amount} since ${when({ kind: "by", date: since }, "en")}` : `${amount} year on year`;
}

/** A stat card: the value, what it measures, when, how it changed, its series, a newer figure, and from whom. */
export function StatCard({
  fact,
  change,
  series,
  lang,
}: {
  fact: Fact;
  change: Fact | undefined;
  series?: readonly SeriesPoint[] | undefined;
  lang: Lang;
}) {
  const t = stringsFor(lang);
  return (
    <figure class="card">
      <div class="value">{formatFigure(fact, lang)}</div>
      <div class="label">{fact.label[lang]}</div>
      <div class="period">{formatPeriod(fact.period, lang)}</div>
      {change ? (
        <div>
          {t.change}
          <span class="change">{changeText(change, lang)}</span>
        </div>
      ) : null}
      {series ? <Sparkline fact={fact} points={series} lang={lang} /> : null}
      <NewerFigure fact={fact} lang={lang} t={t} />
      <figcaption>
        <a href={httpUrl(fact.source.url)} target="_blank" rel="noopener noreferrer">
          {t.source}
          {publisherName(fact.source.publisher, lang)}
        </a>
      </figcaption>
    </figure>
  );
}
