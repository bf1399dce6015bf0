import { formatFigure, formatPeriod, publisherName } from "@factline/core/format";
import { Fragment, h } from "preact";
import type { Strings } from "../i18n.ts";
import { httpUrl } from "../safe-url.ts";
import type { Fact, Lang } from "../types.ts";
import { NewerFigure } from "./NewerFigure.tsx";

/** Value, label, period, how it was checked, the source one click away, and the quote. */
export function SourceDetails({ fact, lang, t }: { fact: Fact; lang: Lang; t: Strings }) {
  const publisher = publisherName(fact.source.publisher, lang);
  const status = t.status[fact.status] + publisher;
  const quote = fact.citedBy[0];
  return (
    <>
      <div class="value">{formatFigure(fact, lang)}</div>
      <div class="label">{fact.label[lang]}</div>
      <div class="period">{formatPeriod(fact.period, lang)}</div>
      <p class="status">{status}</p>
      <NewerFigure fact={fact} lang={lang} t={t} />
      <a href={httpUrl(fact.source.url)} target="_blank" rel="noopener noreferrer">
        {t.source}
        {fact.source.title[lang]}
      </a>
      {quote ? (
        <blockquote>
          {t.quoted}“{quote.quote}” — {quote.article.publisher}
        </blockquote>
      ) : null}
    </>
  );
}
