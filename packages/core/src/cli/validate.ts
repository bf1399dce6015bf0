import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileDataset } from "../compile/compile.ts";
import { formatProblem } from "../compile/problem.ts";
import { loadDataDir } from "./load.ts";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = resolve(process.argv[2] ?? join(packageDir, "data"));
try {
  const { facts, problems, warnings } = compileDataset(loadDataDir(dataDir));
  if (warnings.length > 0) {
    console.warn(warnings.map(formatProblem).join("\n"));
    console.warn(
      `\n${warnings.length} finding(s) to review: steps far off a series' usual step and periods its publisher published that a series lacks (reported, not refused).\n`,
    );
  }
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join("\n"));
    console.error(`\n${problems.length} problem(s) found in ${dataDir}.`);
    process.exit(1);
  }
  console.log(`${facts.length} facts valid in ${dataDir}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
