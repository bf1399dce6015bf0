// Finds a Chromium for the browser tests and benchmarks, installing one when the machine has none:
// CHROMIUM_PATH, then a Chromium on PATH, then Debian's package (as root with apt), then the
// binary shipped inside an npm package. Runs on the machine's own Node (20+), no dependencies.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];
// Ships the browser binary inside the registry package, so no download from elsewhere is needed.
const NPM_CHROMIUM = "@sparticuz/chromium@153";

function onPath(name) {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

function runs(path) {
  return spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 }).status === 0;
}

function fromSystem() {
  for (const name of SYSTEM_NAMES) {
    const path = onPath(name);
    if (path && runs(path)) return path;
  }
  return undefined;
}

function fromApt(log) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !onPath("apt-get")) return undefined;
  log("factline: no Chromium found; installing Debian's chromium with apt-get (once)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const quiet = { stdio: ["ignore", "ignore", "inherit"], env };
  if (spawnSync("apt-get", ["update", "-qq"], quiet).status !== 0) return undefined;
  if (spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], quiet).status !== 0) return undefined;
  return fromSystem();
}

function fromNpm(toolsDir, log) {
  const dir = join(toolsDir, "chromium");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, "node_modules", "@sparticuz", "chromium"))) {
    log(`factline: no Chromium and no apt; fetching ${NPM_CHROMIUM} from the npm registry (once)…`);
    writeFileSync(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const installed = spawnSync(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error", NPM_CHROMIUM], {
      cwd: dir,
      stdio: "inherit",
    });
    if (installed.status !== 0) return undefined;
  }
  const unpacked = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", "import c from '@sparticuz/chromium'; console.log(await c.executablePath());"],
    { cwd: dir, encoding: "utf8" },
  );
  const path = unpacked.stdout.trim().split("\n").at(-1);
  return unpacked.status === 0 && path && runs(path) ? path : undefined;
}

/**
 * The path of a Chromium that runs here, or undefined with nothing left to try. `sources` narrows the
 * search (to check one way on a machine that has the others).
 */
export function resolveChromium({ toolsDir, log = console.log, sources = ["env", "system", "apt", "npm"] }) {
  const given = process.env.CHROMIUM_PATH;
  if (sources.includes("env") && given && existsSync(given)) return given;
  return (
    (sources.includes("system") ? fromSystem() : undefined) ??
    (sources.includes("apt") ? fromApt(log) : undefined) ??
    (sources.includes("npm") ? fromNpm(toolsDir, log) : undefined)
  );
}
