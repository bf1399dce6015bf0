import { formatFigure, publisherName } from "@factline/core/format";
import { h } from "preact";
import { stringsFor } from "../i18n.ts";
import type { Fact, FactState, Lang } from "../types.ts";
import { Popover } from "./Popover.tsx";
import { SourceDetails } from "./SourceDetails.tsx";

/** The mark after an author's figure: ✓ when it agrees with the fact, ! when it does not. */
export function FactBadge({
  fact,
  state,
  written,
  lang,
}: {
  fact: Fact;
  state: Exclude<FactState, "error">;
  written: string;
  lang: Lang;
}) {
  const t = stringsFor(lang);
  const value = formatFigure(fact, lang);
  const publisher = publisherName(fact.source.publisher, lang);
  const label = `${state === "verified" ? t.verified : `${written}: ${t.mismatch}`}: ${value}, ${publisher}`;
  return (
    <Popover
      badgeText={state === "verified" ? "✓" : "!"}
      badgeClass={state === "verified" ? "" : "bad"}
      label={label}
      t={t}
    >
      {state === "mismatch" ? <p class="status mismatch">{t.mismatch}</p> : null}
      <SourceDetails fact={fact} lang={lang} t={t} />
    </Popover>
  );
}
