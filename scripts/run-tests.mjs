#!/usr/bin/env node
// `npm test` after bootstrap: typecheck, lint and every package's tests through turbo (cached),
// then one line summing all packages: "N passed, N failed". Each typecheck and lint task counts as one check.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const packageDirs = ["packages", "apps"].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(group, name)) : [],
);
const nameOf = (dir) => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")).name;

for (const dir of packageDirs) rmSync(join(root, dir, ".reports"), { recursive: true, force: true });

const turbo = spawnSync(
  "turbo",
  ["run", "typecheck", "lint", "test", "--continue", "--summarize", "--output-logs=new-only", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: "1",
      WRANGLER_SEND_METRICS: "false",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      DO_NOT_TRACK: "1",
    },
  },
);

const runsDir = join(root, ".turbo", "runs");
const newestRun = existsSync(runsDir)
  ? readdirSync(runsDir)
      .filter((name) => name.endsWith(".json"))
      .map((name) => join(runsDir, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : undefined;
const tasks = newestRun ? JSON.parse(readFileSync(newestRun, "utf8")).tasks : [];
const exitCodeOf = (taskId) => tasks.find((task) => task.taskId === taskId)?.execution?.exitCode;

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const dir of packageDirs) {
  const name = nameOf(dir);
  for (const task of ["typecheck", "lint"]) {
    const code = exitCodeOf(`${name}#${task}`);
    if (code === undefined) continue;
    if (code === 0) passed++;
    else {
      failed++;
      failures.push(`${name} ${task}`);
    }
  }
  const code = exitCodeOf(`${name}#test`);
  if (code === undefined) continue;
  const reportFile = join(root, dir, ".reports", "vitest.json");
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numFailedTests > 0) failures.push(`${name} tests (${report.numFailedTests})`);
    if (code !== 0 && report.numFailedTests === 0) {
      failed++;
      failures.push(`${name} test run (exit ${code} with no failed test: a suite did not load)`);
    }
  } else if (code !== 0) {
    failed++;
    failures.push(`${name} test run (exit ${code}, no report)`);
  }
}

if (tasks.length === 0 && turbo.status !== 0) {
  failed++;
  failures.push(`turbo (exit ${turbo.status}) ran no task`);
}
if (failures.length > 0) console.log(`\nfailed: ${failures.join("; ")}`);
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || turbo.status !== 0 ? 1 : 0);
