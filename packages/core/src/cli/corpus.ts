import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createClaimChecker } from "../claims/check.ts";
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
const verbose = process.argv.includes("--verbose");

for (const lang of ["en", "zh"]) {
  const entries = parse(readFileSync(join(corpusDir, `real-text.${lang}.yaml`), "utf8")) as CorpusEntry[];
  const scored = entries.map((entry) => scoreEntry(checker, entry));
  const agreed = scored.filter(agrees).length;
  console.log(
    `\n${lang}: ${entries.length} texts, ${agreed} as labelled (${((100 * agreed) / entries.length).toFixed(1)}%)`,
  );
  console.log(confusionMatrix(scored));
  console.log(
    `false alarms: ${scored.filter(isFalseAlarm).length}; wrong texts called accurate: ${scored.filter(isMissedError).length}`,
  );
  for (const item of scored.filter((candidate) => !agrees(candidate))) {
    const mark = isFalseAlarm(item) ? "FALSE ALARM" : isMissedError(item) ? "MISSED" : "differs";
    if (verbose || mark !== "differs")
      console.log(
        `  ${mark} ${item.entry.id} (${item.entry.verdict} → ${item.got}): ${item.entry.text}\n    ${item.explanation}`,
      );
  }
}
