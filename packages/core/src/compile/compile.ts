import type { z } from "zod";
import { describedFactId, periodEnd } from "../fact-values.ts";
import type { EntityRecord, Fact, Metric } from "../schema/fact.ts";
import {
  type FactFile,
  factFileSchema,
  type MetricsFile,
  metricsFileSchema,
  type SourcesFile,
  sourcesFileSchema,
} from "./input.ts";
import { findJumps } from "./jumps.ts";
import { checkMetrics } from "./metric-rules.ts";
import type { DatasetProblem } from "./problem.ts";
import { checkConsistency, type Finding } from "./rules.ts";
import { checkCumulativeSums, findSeriesGaps } from "./series-rules.ts";

/** A parsed data file; `lineOf` maps a path inside it to its line, when the parser knows. */
export interface DataFile {
  readonly file: string;
  readonly data: unknown;
  readonly lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface DatasetInput {
  readonly sources: DataFile;
  readonly metrics: DataFile;
  readonly factFiles: readonly DataFile[];
  /** Full text of cited articles by id, to prove each quote is verbatim. */
  readonly articleTexts: Readonly<Record<string, string>>;
}

export interface CompileResult {
  readonly metrics: Metric[];
  readonly facts: Fact[];
  readonly entities: EntityRecord[];
  readonly problems: DatasetProblem[];
  /** Steps in a series far outside its usual range: reported for review, never refused. */
  readonly warnings: DatasetProblem[];
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `write a ${issue.expected} here`;
    case "unrecognized_keys":
      return `remove or rename ${issue.keys.join(", ")}; allowed fields are listed in packages/core/src/schema/fact.ts`;
    case "invalid_value":
      return `use one of: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return "add the missing entries or text";
    default:
      return "see the field's description in packages/core/src/schema/fact.ts";
  }
}

function parseFile<T>(schema: z.ZodType<T>, file: DataFile, problems: DatasetProblem[]): T | undefined {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file: file.file,
      path: issue.path,
      line: file.lineOf?.(issue.path),
      message: issue.message,
      hint: hintFor(issue),
    });
  }
  return undefined;
}

/** What an observation names by id, looked up once for every data file. */
interface References {
  readonly metricById: ReadonlyMap<string, Metric>;
  readonly sourceById: ReadonlyMap<string, SourcesFile["sources"][number]>;
  readonly articleById: ReadonlyMap<string, SourcesFile["articles"][number]>;
  readonly entityByCode: ReadonlyMap<string, SourcesFile["entities"][number]>;
}

type Report = (path: PropertyKey[], message: string, hint: string) => void;

/** One observation as the dataset holds it: its metric, source, entity and citing articles resolved. */
function resolveFact(
  input: FactFile["facts"][number],
  index: number,
  file: FactFile,
  refs: References,
  problem: Report,
): Fact | undefined {
  const sourceId = input.source ?? file.source;
  const source = refs.sourceById.get(sourceId);
  const entity = refs.entityByCode.get(input.entity ?? file.entity);
  const metric = refs.metricById.get(input.metric);
  if (!metric || !source || !entity) {
    const [field, message, hint] = !metric
      ? [
          "metric",
          `unknown metric "${input.metric}"`,
          "define it in data/metrics.yaml (id, label, unit, definition, publisherName, terms) or fix the id",
        ]
      : !source
        ? ["source", `unknown source "${sourceId}"`, "add it to data/sources.yaml or fix the id"]
        : ["entity", `unknown entity "${input.entity ?? file.entity}"`, "add it under entities in data/sources.yaml"];
    problem(["facts", index, field], message, hint);
    return undefined;
  }
  const citedBy = [];
  for (const [citationIndex, citation] of input.citedBy.entries()) {
    const articleId = citation.article ?? file.article;
    const article = articleId ? refs.articleById.get(articleId) : undefined;
    if (!article) {
      problem(
        ["facts", index, "citedBy", citationIndex, "article"],
        `unknown article "${articleId ?? ""}"`,
        "add it under articles in data/sources.yaml",
      );
      continue;
    }
    citedBy.push({ ...citation, article });
  }
  const { terms, label, unit, ...rest } = input;
  return {
    ...rest,
    label: label ?? metric.label,
    unit: unit ?? metric.unit,
    source: { ...source },
    entity: { code: entity.code, name: entity.name },
    citedBy,
    terms: terms ?? metric.terms ?? { en: [], zh: [] },
    newer: null,
    kind: metric.kind,
    ...(metric.of ? { of: metric.of } : {}),
    ...(metric.whole ? { whole: metric.whole } : {}),
    ...(metric.partOf ? { partOf: metric.partOf } : {}),
  };
}

type Origin = ReadonlyMap<string, { readonly file: DataFile; readonly index: number }>;

/** A finding about one fact, placed at its file and line. */
function located(found: Finding, origin: Origin): DatasetProblem {
  const at = origin.get(found.factId);
  const path = ["facts", at?.index ?? 0, ...found.path];
  return {
    file: at?.file.file ?? "data",
    path,
    line: at?.file.lineOf?.(path),
    message: found.message,
    hint: found.hint,
  };
}

/** Turns hand-edited data files into facts, collecting every problem rather than stopping at the first. */
export function compileDataset(input: DatasetInput): CompileResult {
  const problems: DatasetProblem[] = [];
  const sources: SourcesFile | undefined = parseFile(sourcesFileSchema, input.sources, problems);
  const metricsFile: MetricsFile | undefined = parseFile(metricsFileSchema, input.metrics, problems);
  if (!sources || !metricsFile) return { metrics: [], facts: [], entities: [], problems, warnings: [] };
  const { metrics } = metricsFile;
  for (const found of checkMetrics(metrics, input.metrics.file))
    problems.push({ ...found, line: input.metrics.lineOf?.(found.path) });
  const refs: References = {
    metricById: new Map(metrics.map((metric) => [metric.id, metric])),
    sourceById: new Map(sources.sources.map((source) => [source.id, source])),
    articleById: new Map(sources.articles.map((article) => [article.id, article])),
    entityByCode: new Map(sources.entities.map((entity) => [entity.code, entity])),
  };
  const facts: Fact[] = [];
  const origin = new Map<string, { file: DataFile; index: number }>();
  for (const dataFile of input.factFiles) {
    const parsed: FactFile | undefined = parseFile(factFileSchema, dataFile, problems);
    if (!parsed) continue;
    const problem: Report = (path, message, hint) =>
      problems.push({ file: dataFile.file, path, line: dataFile.lineOf?.(path), message, hint });
    parsed.facts.forEach((factInput, index) => {
      const fact = resolveFact(factInput, index, parsed, refs, problem);
      if (!fact) return;
      facts.push(fact);
      origin.set(fact.id, { file: dataFile, index });
    });
  }
  // Cross-fact rules on a half-read dataset would only repeat the schema errors in other words.
  if (problems.length > 0) return { metrics, facts, entities: sources.entities, problems, warnings: [] };
  inheritTerms(facts);
  linkNewer(facts);
  for (const found of [...checkConsistency(facts, input.articleTexts), ...checkCumulativeSums(facts)])
    problems.push(located(found, origin));
  const newest = facts.map(periodEnd).sort().at(-1) ?? "";
  const warnings = [...findJumps(facts), ...findSeriesGaps(facts, newest.slice(0, 7))].map((found) =>
    located(found, origin),
  );
  return { metrics, facts, entities: sources.entities, problems, warnings };
}

/** Points each observation at the latest current one of its metric and entity, when that is later. */
function linkNewer(facts: Fact[]): void {
  const latest = new Map<string, Fact>();
  for (const fact of facts) {
    if (!fact.current) continue;
    const key = `${fact.entity.code}:${fact.metric}`;
    const known = latest.get(key);
    if (!known || periodEnd(fact) > periodEnd(known)) latest.set(key, fact);
  }
  for (const fact of facts) {
    const newest = latest.get(`${fact.entity.code}:${fact.metric}`);
    fact.newer =
      newest && periodEnd(newest) > periodEnd(fact)
        ? { id: newest.id, value: newest.value, period: newest.period }
        : null;
  }
}

/** A share or change is talked about in the words of the fact it relates to; a metric's facts share their words. */
function inheritTerms(facts: Fact[]): void {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  for (const fact of facts) {
    if (fact.terms.en.length > 0) continue;
    for (const relation of fact.relations) {
      const relatedId = describedFactId(relation);
      const related = relatedId ? byId.get(relatedId) : undefined;
      if (related && related.terms.en.length > 0) {
        fact.terms = related.terms;
        break;
      }
    }
  }
  const metricTerms = new Map<string, Fact["terms"]>();
  for (const fact of facts) if (fact.terms.en.length > 0) metricTerms.set(fact.metric, fact.terms);
  for (const fact of facts) if (fact.terms.en.length === 0) fact.terms = metricTerms.get(fact.metric) ?? fact.terms;
}
