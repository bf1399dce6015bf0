import { factInterval, monthIndex, periodEnd } from "../../fact-values.ts";
import type { Fact } from "../../schema/fact.ts";
import type { FigureVerdict } from "../../schema/verdict.ts";
import { changeBetweenLevels } from "../interpret/derived.ts";
import type { MetricEntry } from "../interpret/fact-index.ts";
import { earlierPeriodFor, type PickedValue, releasedBy, valuesFor } from "../interpret/match.ts";
import { elapsedMonths } from "../read/elapsed.ts";
import { EN } from "../read/lexicon/en.ts";
import { anyOf } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import { type ClaimedPeriod, resolvePeriod } from "../read/period.ts";
import type { Quantity } from "../read/quantity.ts";
import { clauseOf, clauseTextOf, nearestPeriod, type SentenceContext } from "../read/sentence.ts";
import { yearOnYearCue } from "../read/year-on-year.ts";
import { claimedInterval, IMPRECISE_TOLERANCE, statesFloor } from "./compare.ts";
import { matchesEarlierObservation } from "./earlier-match.ts";
import { claimedPeriodText, judgeValue, kindestValue, metricName, unverifiable } from "./verdicts.ts";

/** What stands between an earlier value and its own period: "from 915 million at the end of 2023". */
const EARLIER_PERIOD_GAP = new RegExp(
  `^\\s*${anyOf(ZH.peopleNouns, ZH.measure)}?\\s*${anyOf(EN.earlierPeriodLinks, ZH.possessive)}?\\s*(?:${anyOf(EN.endOf)}\\s*)?$`,
);
const EARLIER_PERIOD_BEFORE = new RegExp(`^\\s*${anyOf(ZH.possessive)}?\\s*$`);

/** The period the claim states for a figure: its own, or for an earlier value ("from 915 million in 2023"), that one's. */
function statedPeriodFor(quantity: Quantity, entry: MetricEntry, context: SentenceContext): ClaimedPeriod | undefined {
  if (quantity.earlier) return earlierPeriodFor(quantity, entry, context);
  // A period right after an earlier value ("from 915 million at the end of 2023"), or right before it
  // ("从2017年底的97.5%升至98.3%"), is that value's, not this figure's.
  const periods = context.periods.filter(
    (candidate) =>
      !context.quantities.some(
        (other) =>
          other.earlier &&
          ((candidate.start >= other.end && EARLIER_PERIOD_GAP.test(context.text.slice(other.end, candidate.start))) ||
            (other.start >= candidate.end &&
              EARLIER_PERIOD_BEFORE.test(context.text.slice(candidate.end, other.start)))),
      ),
  );
  const nearest = nearestPeriod(quantity, periods, false, context);
  return pairedLaterPeriod(quantity, nearest, context) ?? nearest;
}

/**
 * "from 648 million to 1.012 billion between 2018 and 2022": the later value of a from-to pair takes the
 * second of two periods that pair up with the two values, not the first.
 */
function pairedLaterPeriod(
  quantity: Quantity,
  nearest: ClaimedPeriod | undefined,
  context: SentenceContext,
): ClaimedPeriod | undefined {
  if (!nearest || nearest.start < quantity.end) return undefined;
  const position = context.quantities.indexOf(quantity);
  const before = position > 0 ? context.quantities[position - 1] : undefined;
  const clause = clauseOf(quantity.start, context.clauseStarts);
  if (!before?.earlier || clauseOf(before.start, context.clauseStarts) !== clause) return undefined;
  return context.periods.find(
    (next) => !next.base && next.start >= nearest.end && next.start - nearest.end <= 8 && next.year !== undefined,
  );
}

/**
 * "上半年", "by the end of June" with no year anywhere: the figure may be confirmed by that period of any year
 * the series holds, never refuted — which year was meant is unknown.
 */
function confirmedInSomeYear(
  quantity: Quantity,
  entry: MetricEntry,
  stated: ClaimedPeriod,
  since: ClaimedPeriod | undefined,
  context: SentenceContext,
): FigureVerdict {
  const { lang } = context;
  // A floor ("超500万") holds in too many years to confirm anything.
  const floor = statesFloor(quantity);
  const years = floor ? new Set<number>() : new Set(entry.facts.map((fact) => Number(periodEnd(fact).slice(0, 4))));
  const values = [...years].flatMap((year) => valuesFor(entry, { ...stated, year }, undefined, since));
  const chosen = kindestValue(quantity, values);
  const confirmed = chosen && judgeValue(quantity, entry, chosen, lang);
  if (confirmed?.verdict === "accurate") return confirmed;
  return unverifiable(quantity, "no-period", lang, {
    metric: metricName(entry, lang),
    period: lang === "zh" ? "（未注明年份）" : "(no year given)",
  });
}

/** "同比增长8.3%", "in the past year": a change over twelve months, whatever the sentence's other periods. */
function yearOnYear(quantity: Quantity, context: SentenceContext): ClaimedPeriod | undefined {
  if (!yearOnYearCue(clauseTextOf(quantity, context))) return undefined;
  return {
    start: quantity.start,
    end: quantity.start,
    year: 0,
    from: 1,
    to: 12,
    shape: "year",
    base: true,
    relative: true,
    recogniser: "judge.year-on-year",
  };
}

export function checkAgainstMetric(quantity: Quantity, entry: MetricEntry, context: SentenceContext): FigureVerdict {
  const { lang } = context;
  const metric = metricName(entry, lang);
  const stated = statedPeriodFor(quantity, entry, context);
  if (quantity.earlier && !stated)
    return unverifiable(quantity, "no-period", lang, {
      metric,
      period: lang === "zh" ? "此前" : "at that earlier date",
    });
  // A period the claim names but whose year nothing tells is never assumed.
  const base = context.periods.find((candidate) => candidate.base && candidate.year !== undefined);
  const period = stated ? resolvePeriod(stated, context.anchor, context.carried, base) : context.carried;
  // "较2023年12月增长": only a change measured from that base answers it.
  const since =
    quantity.role === "change"
      ? (nearestPeriod(quantity, context.periods, true, context) ?? yearOnYear(quantity, context))
      : undefined;
  if (stated && !period) return confirmedInSomeYear(quantity, entry, stated, since, context);
  const values = afterBase(
    yearEndOnly(valuesFor(entry, period, context.published, since), period, context.published),
    quantity,
    period ? undefined : base,
  );
  // "up 20.67 million from June 2023": no recorded change spans that, but two recorded levels may.
  // Levels are revised between reports, so their difference can confirm a change but never refute one.
  const elapsed = since ? undefined : elapsedMonths(clauseTextOf(quantity, context));
  const between = values.length === 0 ? changeBetweenLevels(entry, period, since, context, elapsed) : undefined;
  const confirmed = between && judgeValue(quantity, entry, { kind: "derived", derived: between }, lang);
  if (confirmed?.verdict === "accurate") return confirmed;
  if (values.length === 0)
    return unverifiable(quantity, "no-period", lang, { metric, period: period ? claimedPeriodText(period, lang) : "" });
  const chosen = kindestValue(quantity, values);
  if (!chosen) return unverifiable(quantity, "wrong-kind", lang, { metric });
  const closest = judgeValue(quantity, entry, chosen, lang);
  if (closest.verdict !== "accurate" && period && mayBeYearEnd(quantity, entry, period, values))
    return unverifiable(quantity, "no-period", lang, { metric, period: claimedPeriodText(period, lang) });
  // With neither a period nor an article date, a figure can be confirmed, never refuted: when it was true is unknown.
  if (
    !period &&
    closest.verdict !== "accurate" &&
    (context.published === undefined || mayBeNewer(quantity, entry, context.published))
  )
    return unverifiable(quantity, "no-period", lang, { metric, period: "" });
  const quoted = !stated && closest.verdict !== "accurate" && context.published;
  const earlier = quoted && matchesEarlierObservation(quantity, entry, quoted, lang);
  if (earlier) return earlier;
  // A year we supplied ("by December" in a January dateline) that lands on a figure the page could not yet
  // have seen is a wrong guess: it may confirm, never refute.
  if (stated && stated.year === undefined && closest.verdict !== "accurate" && context.published) {
    const published = context.published;
    // A release known only to the month is unseen by a page of that month too: which came first is unknown.
    const release = chosen.kind === "fact" ? chosen.fact.source.releaseDate : undefined;
    const unseen =
      release !== undefined
        ? !releasedBy(release, published) || (release.length === 7 && published.startsWith(release))
        : chosen.kind === "derived" && chosen.derived.periodEnd >= published.slice(0, 7);
    if (unseen) return unverifiable(quantity, "no-period", lang, { metric, period: "" });
  }
  return closest;
}

/**
 * "65.6%, up 1.9 points on December 2024": an undated level beside a change from a base is later than the base,
 * so the base's own figure is not it.
 */
function afterBase(values: PickedValue[], quantity: Quantity, base: ClaimedPeriod | undefined): PickedValue[] {
  // A loose base ("比去年", "on 2024") may be the year the level itself closes.
  if (base?.year === undefined || base.shape !== "month" || base.relative) return values;
  if (quantity.role === "change" || quantity.earlier) return values;
  const baseEnd = `${base.year}-${String(base.to).padStart(2, "0")}`;
  return values.filter((value) => (value.kind === "fact" ? periodEnd(value.fact) : value.derived.periodEnd) > baseEnd);
}

/**
 * "1.506 million 5G base stations in 2022", written once December's count was out: the year's end is meant,
 * not February's. Before that (or with no page date) any month of the year may be meant.
 */
function yearEndOnly(
  values: PickedValue[],
  period: ClaimedPeriod | undefined,
  published: string | undefined,
): PickedValue[] {
  if (period?.shape !== "year" || period.year === undefined || !published) return values;
  const year = period.year;
  const yearEnd = values.filter(
    (value) =>
      value.kind === "fact" && countAtYearEnd(value.fact, year) && releasedBy(value.fact.source.releaseDate, published),
  );
  return yearEnd.length > 0 ? yearEnd : values;
}

/** A count at the end of December of `year`, the figure "in <year>" means. */
function countAtYearEnd(fact: Fact, year: number): boolean {
  return fact.period.kind !== "span" && periodEnd(fact) === `${year}-12`;
}

/**
 * "648 million in 2018" of a count: the year's end is meant, or any month of it. Where the December figure is
 * not held, a figure from earlier in the year may confirm the claim; it is refuted only when it lies beyond
 * anything the series could have reached by December (between the year's last figure and the next one held).
 */
function mayBeYearEnd(
  quantity: Quantity,
  entry: MetricEntry,
  period: ClaimedPeriod,
  values: readonly PickedValue[],
): boolean {
  if (period.shape !== "year" || period.year === undefined || entry.role !== "level") return false;
  const year = period.year;
  const december = `${year}-12`;
  // Only counts earlier in the year are held: December's, or a derived value, settles the claim.
  const onlyEarlierCounts = values.every(
    (value) => value.kind === "fact" && value.fact.period.kind !== "span" && !countAtYearEnd(value.fact, year),
  );
  if (!onlyEarlierCounts || values.length === 0) return false;
  const stocks = entry.facts.filter((fact) => fact.current && fact.period.kind !== "span");
  const lastInYear = stocks.filter((fact) => periodEnd(fact) < december).at(-1);
  const nextAfter = stocks.find((fact) => periodEnd(fact) > december);
  if (!lastInYear || !nextAfter) return true;
  const reach = {
    lo: Math.min(lastInYear.value, nextAfter.value) * (1 - IMPRECISE_TOLERANCE),
    hi: Math.max(lastInYear.value, nextAfter.value) * (1 + IMPRECISE_TOLERANCE),
  };
  const claimed = claimedInterval(quantity);
  return claimed.hi >= reach.lo && claimed.lo <= reach.hi;
}

/**
 * A figure stated without a period may be from a month the dataset does not hold: it is not refuted while it
 * lies between the values the series took in the year before the article, or where that year's growth
 * would have carried the latest value by the article's date.
 */
function mayBeNewer(quantity: Quantity, entry: MetricEntry, published: string): boolean {
  const stocks = entry.facts.filter((fact) => fact.current && fact.period.kind !== "span");
  const publishedMonth = monthIndex(published.slice(0, 7));
  // Sums over a span (January to the latest month) grow all year: when the newest one held ends more than two
  // months before the page, the page may cite a later one ("6.6 trillion yuan" for January–September).
  if (stocks.length === 0 && entry.facts.length > 0) {
    const spans = entry.facts.filter((fact) => fact.current && releasedBy(fact.source.releaseDate, published));
    const newest = Math.max(...spans.map((fact) => monthIndex(periodEnd(fact))));
    return spans.length === 0 || newest < publishedMonth - 2;
  }
  const recent = stocks.filter((fact) => {
    const month = monthIndex(periodEnd(fact));
    return month <= publishedMonth && month > publishedMonth - 12;
  });
  const latest = recent.at(-1);
  if (!latest) return false;
  const latestMonth = monthIndex(periodEnd(latest));
  const earlier = stocks.filter((fact) => monthIndex(periodEnd(fact)) <= latestMonth - 3);
  const yearEarlier = earlier.filter((fact) => monthIndex(periodEnd(fact)) <= latestMonth - 12).at(-1) ?? earlier[0];
  const perMonth = yearEarlier
    ? (latest.value - yearEarlier.value) / (latestMonth - monthIndex(periodEnd(yearEarlier)))
    : 0;
  // The page may cite a figure newer than any held: allow the trend from the latest figure to the page's
  // date and two months more (at least a quarter). A share or rate may turn either way (the rural share
  // went 28.9, 29.8, 28.2); a count keeps its trend.
  const drift = perMonth * Math.min(12, Math.max(3, publishedMonth - latestMonth + 2));
  const turns = entry.unit === "percent" ? Math.abs(drift) : 0;
  const ranges = recent.map((fact) => factInterval(fact));
  const plausible = {
    lo: Math.min(latest.value + drift, latest.value - turns, ...ranges.map((range) => range.lo)),
    hi: Math.max(latest.value + drift, latest.value + turns, ...ranges.map((range) => range.hi)),
  };
  const claimed = claimedInterval(quantity);
  return claimed.lo <= plausible.hi && plausible.lo <= claimed.hi;
}
