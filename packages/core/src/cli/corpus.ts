// The checker on the real-text corpus: confusion matrices, figure-by-figure tallies, and what moved since a saved run.
//   corpus [--verbose] [--file <corpus.yaml>]... [--save <run.json>] [--diff <run.json>]
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createClaimChecker } from "../claims/check.ts";
import { describeTally, OUTSIDE_SETS, scoreFigures, tallyFigures } from "../corpus/figures.ts";
import {
  agrees,
  type CorpusEntry,
  confusionMatrix,
  isFalseAlarm,
  isMissedError,
  scoreEntry,
} from "../corpus/real-text.ts";
import { dataset } from "../dataset.ts";

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "corpus");
const checker = createClaimChecker(dataset);
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const valuesOf = (flag: string): string[] =>
  args.flatMap((arg, at) => {
    const value = args[at + 1];
    return arg === flag && value ? [value] : [];
  });
const files = valuesOf("--file");
const corpora =
  files.length > 0
    ? files.map((file) => ({ name: basename(file), path: file }))
    : [
        ...["en", "zh"].map((lang) => ({ name: lang, path: join(corpusDir, `real-text.${lang}.yaml`) })),
        ...OUTSIDE_SETS.map((name) => ({ name, path: join(corpusDir, `${name}.yaml`) })),
      ];

/** Each text's verdict and the explanation that carries its deciding rule, for --save and --diff. */
type Run = Record<string, { readonly got: string; readonly explanation: string; readonly figures: string[] }>;
const run: Run = {};

for (const corpus of corpora) {
  const entries = parse(readFileSync(corpus.path, "utf8")) as CorpusEntry[];
  const labelled = entries.every((entry) => entry.verdict !== undefined);
  const scored = entries.map((entry) => scoreEntry(checker, entry));
  const figures = scored.flatMap((item) => scoreFigures(checker, item.entry, item.article));
  for (const item of scored) {
    const moved = figures.filter((figure) => figure.entry.id === item.entry.id);
    run[item.entry.id] = {
      got: item.got,
      explanation: item.explanation,
      figures: moved.map(
        (figure) =>
          `${figure.figure.figure}: ${figure.got}${figure.factId ? ` (${figure.factId})` : ""}${figure.reason ? ` [${figure.reason}]` : ""}`,
      ),
    };
  }
  const agreed = scored.filter(agrees).length;
  console.log(`\n${corpus.name}: ${entries.length} texts`);
  if (labelled) {
    console.log(`${agreed} as labelled (${((100 * agreed) / entries.length).toFixed(1)}%)`);
    console.log(confusionMatrix(scored));
    console.log(
      `false alarms: ${scored.filter(isFalseAlarm).length}; wrong texts called accurate: ${scored.filter(isMissedError).length}`,
    );
  }
  const tally = tallyFigures(figures);
  console.log(describeTally(tally));
  for (const item of [...tally.falseAlarms, ...tally.passed])
    console.log(
      `  FIGURE ${item.kind === "true" ? "FALSE ALARM" : "PASSED"} ${item.entry.id} "${item.figure.figure}": ${item.got} (${item.factId})`,
    );
  if (!labelled) continue;
  for (const item of scored.filter((candidate) => !agrees(candidate))) {
    const mark = isFalseAlarm(item) ? "FALSE ALARM" : isMissedError(item) ? "MISSED" : "differs";
    if (verbose || mark !== "differs")
      console.log(
        `  ${mark} ${item.entry.id} (${item.entry.verdict} → ${item.got}): ${item.entry.text}\n    ${item.explanation}`,
      );
  }
}

for (const path of valuesOf("--save")) writeFileSync(path, `${JSON.stringify(run, null, 1)}\n`);
/** A saved figure line's verdict part, so a figure is matched across runs by its text alone. */
const figureText = (line: string) => line.slice(0, line.lastIndexOf(": "));

for (const path of valuesOf("--diff")) {
  const before = JSON.parse(readFileSync(path, "utf8")) as Run;
  const moved = Object.entries(run).filter(([id, now]) => before[id] && before[id].got !== now.got);
  // A figure can move while its sentence keeps its verdict ("unverifiable" either way): listed apart.
  const figuresMoved = Object.entries(run).filter(
    ([id, now]) =>
      before[id] && before[id].got === now.got && now.figures.some((line) => !before[id]?.figures.includes(line)),
  );
  console.log(`\n${moved.length} texts changed verdict since ${path}:`);
  for (const [id, now] of moved) describeMove(id, before[id], now);
  console.log(`\n${figuresMoved.length} more texts kept their verdict but a figure's moved:`);
  for (const [id, now] of figuresMoved) describeMove(id, before[id], now);
}

function describeMove(id: string, was: Run[string] | undefined, now: Run[string]): void {
  if (!was) return;
  console.log(`  ${id}: ${was.got} → ${now.got}`);
  if (was.got !== now.got) console.log(`    was: ${was.explanation}\n    now: ${now.explanation}`);
  for (const figure of now.figures.filter((line) => !was.figures.includes(line)))
    console.log(
      `    figure ${figure} (was ${was.figures.find((old) => figureText(old) === figureText(figure)) ?? "absent"})`,
    );
}
