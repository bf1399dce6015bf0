import { factInterval } from "../../fact-values.ts";
import { lowerFirst } from "../../format/case.ts";
import { formatFigure, type Lang } from "../../format/number.ts";
import { formatPeriod } from "../../format/period.ts";
import type { Interval } from "../../interval.ts";
import type { Fact, Period } from "../../schema/fact.ts";
import type {
  ClaimedFigure,
  FigureVerdict,
  UnverifiableReason,
  Verdict,
  VerifiedFigure,
} from "../../schema/verdict.ts";
import type { MetricEntry } from "../interpret/fact-index.ts";
import type { PickedValue } from "../interpret/match.ts";
import { EN } from "../read/lexicon/en.ts";
import { anyOf } from "../read/lexicon/pattern.ts";
import { ZH } from "../read/lexicon/zh.ts";
import type { ClaimedPeriod } from "../read/period.ts";
import type { Quantity } from "../read/quantity.ts";
import { claimedInterval, judgeFigure, statesFloor, unitMismatch, unitsComparable } from "./compare.ts";
import {
  type Evidence,
  explainJudgement,
  explainUnverifiable,
  explainWrongDirection,
  explainWrongUnit,
} from "./explain.ts";

/** A plain figure this many times larger or smaller than the verified value measures something else. */
const MAGNITUDE_GAP = 20;

export const SEVERITY: Record<Verdict, number> = { accurate: 0, unverifiable: 1, imprecise: 2, inaccurate: 3 };

/** The worst of several verdicts: a sentence is as wrong as its wrongest figure. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (worst, verdict) => (SEVERITY[verdict] > SEVERITY[worst] ? verdict : worst),
    "accurate",
  );
}

function toClaimed(quantity: Quantity): ClaimedFigure {
  return {
    text: quantity.text,
    value: quantity.value,
    unit: quantity.unit,
    qualifier: quantity.qualifier,
    role: quantity.role,
    interval: claimedInterval(quantity),
  };
}

/**
 * A fall the dataset records as a negative change ("下降3.9%", "减少925万" against -3.9, -925万) is that
 * negative number; a change with no direction word is read the way the record runs.
 */
function signedAgainst(claimed: ClaimedFigure, quantity: Quantity, verifiedValue: number): ClaimedFigure {
  if (quantity.role !== "change" || quantity.direction === "up" || verifiedValue >= 0 || claimed.interval.lo < 0)
    return claimed;
  return { ...claimed, value: -claimed.value, interval: { lo: -claimed.interval.hi, hi: -claimed.interval.lo } };
}

export function claimedPeriodText(period: ClaimedPeriod, lang: Lang): string {
  const year = period.year ?? "";
  const month = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
  if (period.shape === "year") return lang === "zh" ? `${year}年` : `in ${year}`;
  if (period.shape === "range" && period.from !== period.to)
    return formatPeriod({ kind: "span", start: month(period.from), end: month(period.to) }, lang);
  if (lang === "zh") return `${year}年${period.to}月`;
  return `in ${formatPeriod({ kind: "by", date: month(period.to) }, "en").slice(3)}`;
}

export function metricName(entry: MetricEntry, lang: Lang): string {
  const label = entry.exemplar.label[lang];
  return lang === "en" ? lowerFirst(label) : label;
}

export function unverifiable(
  quantity: Quantity,
  reason: UnverifiableReason,
  lang: Lang,
  details: Parameters<typeof explainUnverifiable>[2] = {},
): FigureVerdict {
  return {
    verdict: "unverifiable",
    explanation: explainUnverifiable(reason, lang, details),
    span: [quantity.start, quantity.end],
    factId: null,
    claimed: toClaimed(quantity),
    verified: null,
    reason,
  };
}

function verifiedFigure(
  fact: Fact,
  interval: Interval,
  value: number,
  precision: number,
  derivedFrom?: readonly Fact[],
): VerifiedFigure {
  const figure = { value, unit: fact.unit, precision };
  return {
    value,
    unit: fact.unit,
    interval,
    text: { en: formatFigure(figure, "en"), zh: formatFigure(figure, "zh") },
    ...(derivedFrom ? { derivedFrom: derivedFrom.map((from) => from.id) } : {}),
  };
}

/** A floor with at least this many steps (three significant figures) may be a rounding of the true value. */
const ROUNDED_FLOOR_STEPS = 100;

/**
 * "突破7.18万亿元" of 71751亿元: a floor written to three figures or more that the true value rounds to. It holds
 * only if the writer rounded before bounding, which the words do not say: neither confirmed nor flagged.
 */
function roundedFloor(quantity: Quantity, claimed: Interval, verified: VerifiedFigure): boolean {
  if (!statesFloor(quantity) || Math.abs(quantity.value) < ROUNDED_FLOOR_STEPS * quantity.precision) return false;
  return verified.interval.hi > claimed.lo - quantity.precision / 2;
}

/** Compares one claimed figure with one verified value: the verdict and its one-line reason. */
export function judge(
  quantity: Quantity,
  fact: Fact,
  verified: VerifiedFigure,
  period: Period,
  lang: Lang,
  derivedFrom?: readonly Fact[],
): FigureVerdict {
  const evidence: Evidence = { fact, text: verified.text, period, derivedFrom };
  const claimed = signedAgainst(toClaimed(quantity), quantity, verified.value);
  const base = { span: [quantity.start, quantity.end] as [number, number], factId: fact.id, claimed, verified };
  if (unitMismatch(quantity.unit, fact.unit)) {
    // "$15.52 trillion" for 15.52 trillion yuan is the wrong currency; "$2.1 trillion" is a conversion we do not make.
    if (judgeFigure(claimed.interval, verified.interval, verified.value) === "inaccurate")
      return unverifiable(quantity, "other-currency", lang);
    return { ...base, verdict: "inaccurate", explanation: explainWrongUnit(quantity.text, evidence, lang) };
  }
  const rose = quantity.direction === "up" && verified.value < 0;
  if (quantity.role === "change" && (rose || (quantity.direction === "down" && verified.value > 0))) {
    const said = rose ? "up" : "down";
    return { ...base, verdict: "inaccurate", explanation: explainWrongDirection(quantity.text, evidence, lang, said) };
  }
  // "超300万", "more than a billion" state a floor: a verified value above it makes the figure true, however loose.
  const floorHolds = statesFloor(quantity) && claimed.interval.lo >= 0 && verified.interval.hi > claimed.interval.lo;
  if (!floorHolds && roundedFloor(quantity, claimed.interval, verified))
    return unverifiable(quantity, "rounded-floor", lang, {
      metric: lang === "en" ? lowerFirst(fact.label.en) : fact.label.zh,
      verified: verified.text[lang],
    });
  const verdict = floorHolds ? "accurate" : judgeFigure(claimed.interval, verified.interval, verified.value);
  const claimedMid = (claimed.interval.lo + claimed.interval.hi) / 2;
  const offBy = verified.value === 0 ? 0 : (Math.abs(claimedMid - verified.value) / Math.abs(verified.value)) * 100;
  return { ...base, verdict, explanation: explainJudgement(verdict, quantity.text, evidence, offBy, lang) };
}

/** A figure written with a scale ("1.1 billion", "10.8亿", "5bn"). */
const SCALED = new RegExp(
  `${anyOf(Object.keys(ZH.scales), Object.keys(EN.scaleWords))}|\\d${anyOf(Object.keys(EN.scaleAbbreviations))}\\b`,
  "i",
);

/**
 * Of the values a claim may mean, the one that judges it kindest: where the claim leaves the moment open,
 * any moment it could mean is fair. Weighed as numbers; only the chosen one is put into words.
 */
export function kindestValue(quantity: Quantity, values: readonly PickedValue[]): PickedValue | undefined {
  const claimed = claimedInterval(quantity);
  const bare = !SCALED.test(quantity.text);
  let chosen: PickedValue | undefined;
  let chosenSeverity = Number.POSITIVE_INFINITY;
  // Latest first, so a tie names the newest figure.
  for (const value of values.toReversed()) {
    const verified = value.kind === "fact" ? value.fact.value : value.derived.value;
    // A bare number twenty times off is not a wrong figure but another quantity ("68,055 blocks", "29.5 hours").
    const ratio = Math.abs(quantity.value / (verified || 1));
    if (quantity.unit === "plain" && bare && (ratio > MAGNITUDE_GAP || ratio < 1 / MAGNITUDE_GAP)) continue;
    const interval = value.kind === "fact" ? factInterval(value.fact) : value.derived.interval;
    const severity = SEVERITY[judgeFigure(claimed, interval, verified)];
    if (severity < chosenSeverity) {
      chosen = value;
      chosenSeverity = severity;
    }
  }
  return chosen;
}

/** A fact's verified figure, put into words once: each check that judges against it reuses the words. */
const verifiedOfFact = new WeakMap<Fact, VerifiedFigure>();

function verifiedFact(fact: Fact): VerifiedFigure {
  let verified = verifiedOfFact.get(fact);
  if (!verified) {
    verified = Object.freeze(verifiedFigure(fact, factInterval(fact), fact.value, fact.precision));
    verifiedOfFact.set(fact, verified);
  }
  return verified;
}

export function judgeValue(quantity: Quantity, entry: MetricEntry, picked: PickedValue, lang: Lang): FigureVerdict {
  if (picked.kind === "fact") return judge(quantity, picked.fact, verifiedFact(picked.fact), picked.fact.period, lang);
  const { derived } = picked;
  // Named by an observation it was computed from: the metric's exemplar may be of another period altogether.
  const derivedFact: Fact = { ...entry.exemplar, id: derived.from[0]?.id ?? entry.exemplar.id, unit: entry.unit };
  const periodOfValue: Period = { kind: "instant", date: derived.periodEnd };
  return judge(
    quantity,
    derivedFact,
    verifiedFigure(derivedFact, derived.interval, derived.value, derived.precision, derived.from),
    periodOfValue,
    lang,
    derived.from,
  );
}

export function checkAgainstFact(quantities: readonly Quantity[], fact: Fact, lang: Lang): FigureVerdict[] {
  const verified = verifiedFact(fact);
  return quantities.map((quantity) => {
    if (!unitsComparable(quantity.unit, fact.unit) && !unitMismatch(quantity.unit, fact.unit)) {
      return unverifiable(quantity, "wrong-kind", lang, { metric: fact.label[lang] });
    }
    return judge(quantity, fact, verified, fact.period, lang);
  });
}

/**
 * Statistics in a unit no metric here uses (hours, kilometres, GB): each one unverifiable. Under a batch's
 * budget only those before the first figure cut are listed, so a cut answer is a prefix of the full one.
 */
export function otherUnitFigures(
  figures: {
    readonly otherUnit: readonly Quantity[];
    readonly quantities: readonly Quantity[];
    readonly judged: number;
  },
  lang: Lang,
): { readonly listed: FigureVerdict[]; readonly cut: number } {
  const firstCut = figures.quantities[figures.judged]?.start ?? Number.POSITIVE_INFINITY;
  const listed = figures.otherUnit.filter((quantity) => quantity.start < firstCut);
  return {
    listed: listed.map((quantity) => unverifiable(quantity, "no-metric", lang)),
    cut: figures.otherUnit.length - listed.length,
  };
}
