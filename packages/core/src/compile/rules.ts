import { normalizeClaim } from "../claims/normalize.ts";
import { extractQuantities } from "../claims/quantity.ts";
import { factInterval, periodEnd } from "../fact-values.ts";
import { formatFigure } from "../format/number.ts";
import { divide, type Interval, overlaps, scale, subtract } from "../interval.ts";
import type { Fact } from "../schema/fact.ts";

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

/** Every rule that relates facts to each other and to the articles that quote them. */
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

  for (const fact of facts) {
    const finding = (path: PropertyKey[], message: string, hint: string) =>
      findings.push({ factId: fact.id, path, message, hint });
    const isChange = fact.relations.some((relation) => relation.type === "change-from");

    if (fact.terms.en.length === 0 || fact.terms.zh.length === 0) {
      finding(
        ["terms"],
        "no match terms in en and zh",
        "list the words a claim about this fact uses, or relate it (share-of part, change-from of) to a fact that has them",
      );
    }
    if (fact.unit === "percent" && !isChange && (fact.value < 0 || fact.value > 100)) {
      finding(
        ["value"],
        `a percentage of ${fact.value} is outside 0–100`,
        "write percentages as percent (78.6 for 78.6%), or use change-from for a growth rate",
      );
    }
    if (fact.period.kind === "span" && fact.period.start > fact.period.end) {
      finding(
        ["period"],
        `the span starts (${fact.period.start}) after it ends (${fact.period.end})`,
        "swap start and end",
      );
    }

    fact.relations.forEach((relation, index) => {
      const path = ["relations", index];
      const linked = (key: string, id: string | undefined): Fact | undefined => {
        if (id === undefined) return undefined;
        const target = byId.get(id);
        if (!target)
          finding([...path, key], `${relation.type} points at unknown fact "${id}"`, "fix the id or add that fact");
        return target;
      };
      switch (relation.type) {
        case "share-of": {
          const part = linked("part", relation.part);
          const whole = linked("whole", relation.whole);
          if (fact.unit !== "percent") finding(["unit"], "a share-of fact must be in percent", "set unit: percent");
          if (!part || !whole) break;
          if (part.unit !== whole.unit) {
            finding(
              path,
              `part ${part.id} is in ${part.unit} but whole ${whole.id} is in ${whole.unit}`,
              "a share divides like by like",
            );
            break;
          }
          const ratio = divide(factInterval(part), factInterval(whole));
          if (ratio && !overlaps(scale(ratio, 100), factInterval(fact))) {
            finding(
              ["value"],
              `${show(fact)} disagrees with ${show(part)} / ${show(whole)} = ${showRange(scale(ratio, 100), "percent", 0.01)}`,
              "one of the three figures is wrong or its precision is too tight; check them against the source",
            );
          }
          break;
        }
        case "part-of": {
          const whole = linked("whole", relation.whole);
          if (!whole) break;
          if (whole.unit !== fact.unit)
            finding(
              path,
              `part ${fact.id} is in ${fact.unit} but whole ${whole.id} is in ${whole.unit}`,
              "a part has its whole's unit",
            );
          else if (factInterval(fact).lo > factInterval(whole).hi) {
            finding(
              ["value"],
              `${show(fact)} is larger than its whole ${show(whole)}`,
              "check both figures against the source",
            );
          }
          break;
        }
        case "change-from": {
          const of = linked("of", relation.of);
          if (!of) break;
          if (relation.measure === "absolute" && of.unit !== fact.unit) {
            finding(["unit"], `an absolute change must be in ${of.unit}, the unit of ${of.id}`, `set unit: ${of.unit}`);
            break;
          }
          if (relation.measure === "percent" && fact.unit !== "percent") {
            finding(["unit"], "a percent change must be in percent", "set unit: percent");
            break;
          }
          const earlier = derivedEarlierValue(of, fact);
          if (earlier && earlier.hi <= 0) {
            finding(
              ["value"],
              `${show(fact)} implies ${of.metric} at ${relation.since} of ${showRange(earlier, of.unit, of.precision)}, not above zero`,
              "check the sign and size of the change",
            );
          }
          const recorded = facts.find((other) => other.metric === of.metric && periodEnd(other) === relation.since);
          if (earlier && recorded && !relation.comparableBasis && !overlaps(earlier, factInterval(recorded))) {
            finding(
              ["value"],
              `${show(of)} minus ${show(fact)} gives ${showRange(earlier, of.unit, of.precision)}, but ${show(recorded)} is recorded`,
              "one of the three figures is wrong; check them against the source",
            );
          }
          break;
        }
      }
    });

    const printed = printedValue(fact.evidence.figure, fact.evidence.scale);
    const tolerance = Math.max(fact.precision, printed?.precision ?? 0) / 2 + 1e-9 * Math.abs(fact.value);
    if (!printed || Math.abs(Math.abs(printed.value) - Math.abs(fact.value)) > tolerance) {
      finding(
        ["evidence", "figure"],
        `the figure as printed, "${fact.evidence.figure}", reads as ${printed ? printed.value : "no number"}, not ${fact.value}`,
        "copy the figure exactly as the page prints it, and check the value's base units (万 = 10,000, 亿 = 100,000,000); for a table with its unit in the header, set evidence.scale",
      );
    }
    if (/^https?:\/\/(?:[^/]*\.)?example\.[a-z]+\//.test(fact.evidence.url)) {
      finding(["evidence", "url"], "the evidence URL is a placeholder", "give the page the figure was read on");
    }

    fact.citedBy.forEach((citation, index) => {
      if (!citation.quote.includes(citation.figure)) {
        finding(
          ["citedBy", index, "figure"],
          `the quote does not contain the figure "${citation.figure}"`,
          "copy the figure exactly as the quote writes it",
        );
      }
      const articleText = articleTexts[citation.article.id];
      if (articleText !== undefined && !articleText.includes(citation.quote)) {
        finding(
          ["citedBy", index, "quote"],
          `the quote is not word for word in article "${citation.article.id}"`,
          "copy the sentence from the article's text in data/articles/, including its punctuation",
        );
      }
    });
  }
  return findings;
}

/** The number a printed figure states, read the way the claim checker reads claims. */
function printedValue(figure: string, scaleFactor = 1): { value: number; precision: number } | undefined {
  const quantity = extractQuantities(normalizeClaim(figure))[0];
  if (!quantity) return undefined;
  return { value: quantity.value * scaleFactor, precision: quantity.precision * scaleFactor };
}

/** The earlier value a change implies, or undefined where the publisher's method forbids deriving it. */
export function derivedEarlierValue(of: Fact, change: Fact): Interval | undefined {
  const relation = change.relations.find((candidate) => candidate.type === "change-from");
  if (relation?.type !== "change-from" || relation.comparableBasis) return undefined;
  const current = factInterval(of);
  const delta = factInterval(change);
  if (relation.measure === "absolute") return subtract(current, delta);
  return divide(current, { lo: 1 + delta.lo / 100, hi: 1 + delta.hi / 100 });
}
