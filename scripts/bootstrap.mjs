#!/usr/bin/env node
// Runs on the machine's own Node (20+) with no dependencies: fetches pnpm from the npm
// registry, installs the workspace from the frozen lockfile (only when inputs changed),
// then hands over to `pnpm run <script>`, which runs on the Node 22 pinned in the lockfile.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveChromium } from "./chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = rootManifest.packageManager.replace(/^pnpm@/, "");
const toolsDir = join(root, ".cache", "tools");
const pnpmEntry = join(toolsDir, "node_modules", "pnpm", "bin", "pnpm.mjs");
const installStamp = join(root, "node_modules", ".factline-install-stamp");

const quietEnv = {
  ...process.env,
  // turbo runs each package's script through the package manager, so pnpm must be on PATH.
  PATH: `${join(toolsDir, "node_modules", ".bin")}${process.platform === "win32" ? ";" : ":"}${process.env.PATH ?? ""}`,
  TURBO_TELEMETRY_DISABLED: "1",
  WRANGLER_SEND_METRICS: "false",
  // wrangler dev would otherwise try to fetch Request.cf data from Cloudflare at start.
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  DO_NOT_TRACK: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, env: quietEnv, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(message) {
  console.error(`factline bootstrap: ${message}`);
  process.exit(1);
}

function ensurePnpm() {
  const installed = join(toolsDir, "node_modules", "pnpm", "package.json");
  if (existsSync(installed) && JSON.parse(readFileSync(installed, "utf8")).version === pnpmVersion) return;
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(join(toolsDir, "package.json"), '{ "private": true }\n');
  console.log(`factline: fetching pnpm ${pnpmVersion} from the npm registry (once)…`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const status = run(npm, ["install", "--no-audit", "--no-fund", "--loglevel=error", `pnpm@${pnpmVersion}`], {
    cwd: toolsDir,
  });
  if (status !== 0)
    fail(`could not install pnpm ${pnpmVersion} with npm (exit ${status}); check that the npm registry is reachable.`);
}

function workspaceManifests() {
  const files = ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml"];
  for (const group of ["packages", "apps"]) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const manifest = join(group, name, "package.json");
      if (existsSync(join(root, manifest))) files.push(manifest);
    }
  }
  return files;
}

function installInputsHash() {
  const hash = createHash("sha256").update(pnpmVersion);
  for (const file of workspaceManifests()) {
    hash.update(file);
    hash.update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : "");
  }
  return hash.digest("hex");
}

function ensureInstalled() {
  const wanted = installInputsHash();
  if (existsSync(installStamp) && readFileSync(installStamp, "utf8") === wanted) return;
  console.log("factline: installing workspace dependencies (frozen lockfile)…");
  const status = run(process.execPath, [pnpmEntry, "install", "--frozen-lockfile", "--reporter=append-only"]);
  if (status !== 0)
    fail(
      `pnpm install failed (exit ${status}). If you changed a package.json, run the pnpm in .cache/tools to update pnpm-lock.yaml.`,
    );
  writeFileSync(installStamp, installInputsHash());
}

// The scripts that drive a real browser.
const NEEDS_BROWSER = new Set(["check", "benchmarks"]);

function ensureChromium() {
  const path = resolveChromium({ toolsDir });
  if (!path)
    fail(
      "no Chromium for the browser tests: install Debian's `chromium` (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.",
    );
  quietEnv.CHROMIUM_PATH = path;
}

const [script = "start", ...rest] = process.argv.slice(2);
ensurePnpm();
ensureInstalled();
if (NEEDS_BROWSER.has(script)) ensureChromium();
process.exit(run(process.execPath, [pnpmEntry, "run", "--silent", script, ...rest]));
