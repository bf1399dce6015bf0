import type { Unit } from "../schema/fact.ts";

export type Lang = "en" | "zh";

/** What formatting needs of a figure: no dataset, so the widget can import it alone. */
export interface Figure {
  readonly value: number;
  readonly unit: Unit;
  readonly precision: number;
}

/** Each scale as [factor, word], largest first: tuples, since the widget's minifier keeps property names. */
type Scale = readonly [factor: number, word: string];

const EN_SCALES: readonly Scale[] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

const ZH_SCALES: readonly Scale[] = [
  [1e12, "万亿"],
  [1e8, "亿"],
  [1e4, "万"],
];

const ZH_UNIT_SUFFIX: Record<Unit, string> = {
  person: "人",
  CNY: "元",
  USD: "美元",
  percent: "%",
  count: "",
  year: "年",
  "ipv6-block-32": "块/32",
};

/** Decimal places that show a step of `precision` at `factor`, or undefined if more than 3 are needed. */
function decimalsFor(precision: number, factor: number): number | undefined {
  const step = precision / factor;
  if (step >= 1) return 0;
  const decimals = Math.ceil(-Math.log10(step) - 1e-9);
  return decimals <= 3 ? decimals : undefined;
}

function groupDigits(value: number, decimals = 0): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

function scaled(figure: Figure, scales: readonly Scale[]): string {
  const magnitude = Math.abs(figure.value);
  for (const [factor, word] of scales) {
    if (magnitude < factor) continue;
    // A step too fine for this scale may suit the next: 71751亿元, not 7,175,100,000,000元.
    const decimals = decimalsFor(figure.precision, factor);
    if (decimals !== undefined) return `${(figure.value / factor).toFixed(decimals)}${word}`;
  }
  return groupDigits(figure.value, decimalsFor(figure.precision, 1) ?? 0);
}

/** A figure as readers expect it: `1.108 billion`, `11.08亿`, `15.52 trillion yuan`, `78.6%`. */
export function formatFigure(figure: Figure, lang: Lang): string {
  if (figure.unit === "percent") return `${groupDigits(figure.value, decimalsFor(figure.precision, 1) ?? 1)}%`;
  if (lang === "zh") return `${scaled(figure, ZH_SCALES)}${ZH_UNIT_SUFFIX[figure.unit]}`;
  const number = scaled(figure, EN_SCALES).replace(/(\d)([a-z])/, "$1 $2");
  switch (figure.unit) {
    case "CNY":
      return `${number} yuan`;
    case "USD":
      return `US$${number}`;
    case "year":
      return `${number} ${figure.value === 1 ? "year" : "years"}`;
    case "ipv6-block-32":
      return `${number} /32 blocks`;
    default:
      return number;
  }
}
