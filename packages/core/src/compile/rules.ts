import { normalizeClaim } from "../claims/read/normalize.ts";
import { DOWN_WORDS, extractQuantities } from "../claims/read/quantity.ts";
import { derivedEarlierValue, factInterval, periodEnd } from "../fact-values.ts";
import { formatFigure } from "../format/number.ts";
import { divide, type Interval, overlaps, scale } from "../interval.ts";
import type { Fact, Relation } from "../schema/fact.ts";

/** A rule broken by one fact; the compiler adds the file and line. */
export interface Finding {
  readonly factId: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly hint: string;
}

function showRange(range: Interval, unit: Fact["unit"], precision: number): string {
  const show = (value: number) => formatFigure({ value, unit, precision: precision / 10 }, "en");
  return `${show(range.lo)}–${show(range.hi)}`;
}

function show(fact: Fact): string {
  return `${fact.id} (${formatFigure(fact, "en")})`;
}

interface RuleContext {
  readonly facts: readonly Fact[];
  readonly byId: ReadonlyMap<string, Fact>;
  readonly articleTexts: Readonly<Record<string, string>>;
}

type Report = (path: PropertyKey[], message: string, hint: string) => void;

/** One rule over one fact: what it finds wrong, with where and how to fix it. */
type Rule = (fact: Fact, context: RuleContext) => Finding[];

function rule(check: (fact: Fact, report: Report, context: RuleContext) => void): Rule {
  return (fact, context) => {
    const found: Finding[] = [];
    check(fact, (path, message, hint) => found.push({ factId: fact.id, path, message, hint }), context);
    return found;
  };
}

const termsNamed = rule((fact, report) => {
  if (fact.terms.en.length > 0 && fact.terms.zh.length > 0) return;
  report(
    ["terms"],
    "no match terms in en and zh",
    "list the words a claim about this fact uses, or relate it (share-of part, change-from of) to a fact that has them",
  );
});

const percentInRange = rule((fact, report) => {
  const isChange = fact.relations.some((relation) => relation.type === "change-from");
  if (fact.unit !== "percent" || isChange || (fact.value >= 0 && fact.value <= 100)) return;
  report(
    ["value"],
    `a percentage of ${fact.value} is outside 0–100`,
    "write percentages as percent (78.6 for 78.6%), or use change-from for a growth rate",
  );
});

const spanInOrder = rule((fact, report) => {
  if (fact.period.kind !== "span" || fact.period.start <= fact.period.end) return;
  report(["period"], `the span starts (${fact.period.start}) after it ends (${fact.period.end})`, "swap start and end");
});

type ShareOf = Extract<Relation, { type: "share-of" }>;
type PartOf = Extract<Relation, { type: "part-of" }>;
type ChangeFrom = Extract<Relation, { type: "change-from" }>;
type Linked = (key: string, id: string | undefined) => Fact | undefined;

function shareAgrees(fact: Fact, relation: ShareOf, path: PropertyKey[], report: Report, linked: Linked): void {
  const part = linked("part", relation.part);
  const whole = linked("whole", relation.whole);
  if (fact.unit !== "percent") report(["unit"], "a share-of fact must be in percent", "set unit: percent");
  if (!part || !whole) return;
  if (part.unit !== whole.unit) {
    report(
      path,
      `part ${part.id} is in ${part.unit} but whole ${whole.id} is in ${whole.unit}`,
      "a share divides like by like",
    );
    return;
  }
  const ratio = divide(factInterval(part), factInterval(whole));
  if (ratio && !overlaps(scale(ratio, 100), factInterval(fact))) {
    report(
      ["value"],
      `${show(fact)} disagrees with ${show(part)} / ${show(whole)} = ${showRange(scale(ratio, 100), "percent", 0.01)}`,
      "one of the three figures is wrong or its precision is too tight; check them against the source",
    );
  }
}

function partFits(fact: Fact, relation: PartOf, path: PropertyKey[], report: Report, linked: Linked): void {
  const whole = linked("whole", relation.whole);
  if (!whole) return;
  if (whole.unit !== fact.unit)
    report(
      path,
      `part ${fact.id} is in ${fact.unit} but whole ${whole.id} is in ${whole.unit}`,
      "a part has its whole's unit",
    );
  else if (factInterval(fact).lo > factInterval(whole).hi)
    report(["value"], `${show(fact)} is larger than its whole ${show(whole)}`, "check both figures against the source");
}

function changeAgrees(fact: Fact, relation: ChangeFrom, report: Report, linked: Linked, facts: readonly Fact[]): void {
  const of = linked("of", relation.of);
  if (!of) return;
  if (relation.measure === "absolute" && of.unit !== fact.unit) {
    report(["unit"], `an absolute change must be in ${of.unit}, the unit of ${of.id}`, `set unit: ${of.unit}`);
    return;
  }
  if (relation.measure === "percent" && fact.unit !== "percent") {
    report(["unit"], "a percent change must be in percent", "set unit: percent");
    return;
  }
  const earlier = derivedEarlierValue(of, fact);
  if (earlier && earlier.hi <= 0) {
    report(
      ["value"],
      `${show(fact)} implies ${of.metric} at ${relation.since} of ${showRange(earlier, of.unit, of.precision)}, not above zero`,
      "check the sign and size of the change",
    );
  }
  const recorded = facts.find((other) => other.metric === of.metric && periodEnd(other) === relation.since);
  if (earlier && recorded && !relation.comparableBasis && !overlaps(earlier, factInterval(recorded))) {
    report(
      ["value"],
      `${show(of)} minus ${show(fact)} gives ${showRange(earlier, of.unit, of.precision)}, but ${show(recorded)} is recorded`,
      "one of the three figures is wrong; check them against the source",
    );
  }
}

/** Shares agree with their part and whole, parts fit their whole, changes span the two values they join. */
const relationsHold = rule((fact, report, { byId, facts }) => {
  fact.relations.forEach((relation, index) => {
    const path = ["relations", index];
    const linked: Linked = (key, id) => {
      if (id === undefined) return undefined;
      const target = byId.get(id);
      if (!target)
        report([...path, key], `${relation.type} points at unknown fact "${id}"`, "fix the id or add that fact");
      return target;
    };
    if (relation.type === "share-of") shareAgrees(fact, relation, path, report, linked);
    else if (relation.type === "part-of") partFits(fact, relation, path, report, linked);
    else changeAgrees(fact, relation, report, linked, facts);
  });
});

/** The figure as printed must state the value: a 万 read as 亿 shows here, not on a publisher's page. */
const printedFigureReads = rule((fact, report) => {
  const printed = printedValue(fact.evidence.figure, fact.evidence.scale);
  const tolerance = Math.max(fact.precision, printed?.precision ?? 0) / 2 + 1e-9 * Math.abs(fact.value);
  if (printed && Math.abs(Math.abs(printed.value) - Math.abs(fact.value)) <= tolerance) return;
  report(
    ["evidence", "figure"],
    `the figure as printed, "${fact.evidence.figure}", reads as ${printed ? printed.value : "no number"}, not ${fact.value}`,
    "copy the figure exactly as the page prints it, and check the value's base units (万 = 10,000, 亿 = 100,000,000); for a table with its unit in the header, set evidence.scale",
  );
});

/** A fall printed as 下降3.9% is the number -3.9: recorded as +3.9 it flags every true sentence about it. */
const fallsSigned = rule((fact, report) => {
  const printed = `${fact.evidence.name ?? ""} ${fact.evidence.figure}`.trim();
  const minus = (printedValue(fact.evidence.figure)?.value ?? 0) < 0;
  if (fact.value > 0 && (minus || DOWN_WORDS.test(normalizeClaim(printed))))
    report(
      ["value"],
      `the page prints a fall ("${printed}") but the value is ${fact.value}`,
      "record a fall as a negative value",
    );
});

const evidenceUrlReal = rule((fact, report) => {
  if (/^https?:\/\/(?:[^/]*\.)?example\.[a-z]+\//.test(fact.evidence.url))
    report(["evidence", "url"], "the evidence URL is a placeholder", "give the page the figure was read on");
});

const quotesVerbatim = rule((fact, report, { articleTexts }) => {
  fact.citedBy.forEach((citation, index) => {
    if (!citation.quote.includes(citation.figure)) {
      report(
        ["citedBy", index, "figure"],
        `the quote does not contain the figure "${citation.figure}"`,
        "copy the figure exactly as the quote writes it",
      );
    }
    const articleText = articleTexts[citation.article.id];
    if (articleText !== undefined && !articleText.includes(citation.quote)) {
      report(
        ["citedBy", index, "quote"],
        `the quote is not word for word in article "${citation.article.id}"`,
        "copy the sentence from the article's text in data/articles/, including its punctuation",
      );
    }
  });
});

/** Every rule over one fact, in the order their findings are reported. */
const RULES: readonly Rule[] = [
  termsNamed,
  percentInRange,
  spanInOrder,
  relationsHold,
  printedFigureReads,
  fallsSigned,
  evidenceUrlReal,
  quotesVerbatim,
];

/** Every rule that relates facts to each other, to their sources and to the articles that quote them. */
export function checkConsistency(facts: readonly Fact[], articleTexts: Readonly<Record<string, string>>): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    if (byId.has(fact.id)) {
      findings.push({
        factId: fact.id,
        path: ["id"],
        message: `duplicate id "${fact.id}"`,
        hint: "ids must be unique across all data files; rename one of them",
      });
    }
    byId.set(fact.id, fact);
  }
  const context: RuleContext = { facts, byId, articleTexts };
  for (const fact of facts) for (const check of RULES) findings.push(...check(fact, context));
  return findings;
}

/** The number a printed figure states, read the way the claim checker reads claims. */
function printedValue(figure: string, scaleFactor = 1): { value: number; precision: number } | undefined {
  const quantity = extractQuantities(normalizeClaim(figure))[0];
  if (!quantity) return undefined;
  return { value: quantity.value * scaleFactor, precision: quantity.precision * scaleFactor };
}
