import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileDataset } from "../compile/compile.ts";
import { formatProblem } from "../compile/problem.ts";
import { loadDataDir } from "./load.ts";
import { datasetVersion } from "./version.ts";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { metrics, facts, entities, problems } = compileDataset(loadDataDir(join(packageDir, "data")));
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  console.error(`\n${problems.length} problem(s) in packages/core/data; the dataset was not built.`);
  process.exit(1);
}
const version = datasetVersion({ metrics, facts, entities });
mkdirSync(join(packageDir, "generated"), { recursive: true });
writeFileSync(
  join(packageDir, "generated", "dataset.json"),
  `${JSON.stringify({ version, metrics, facts, entities })}\n`,
);
console.log(`dataset ${version}: ${facts.length} observations of ${metrics.length} metrics`);
