// `npm start`: runs the Worker under `wrangler dev` (workerd, offline) and says where everything is.
import { execFileSync, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "8787";
const origin = `http://127.0.0.1:${port}`;

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", DO_NOT_TRACK: "1" };
const wranglerBin = join(apiDir, "node_modules", ".bin", "wrangler");
// STORE=d1: the same Worker on a local D1 (.wrangler/state), migrated and holding the current dataset.
const d1 = process.env.STORE === "d1";
if (d1) {
  const run = (file: string, args: string[]) => execFileSync(file, args, { cwd: apiDir, stdio: "inherit", env });
  run(wranglerBin, ["d1", "migrations", "apply", "factline-facts", "--local", "--env", "d1"]);
  run(process.execPath, ["--disable-warning=ExperimentalWarning", "scripts/dataset.ts", "publish", "--local"]);
}
const wrangler = spawn(
  wranglerBin,
  ["dev", "--ip", "127.0.0.1", "--port", port, "--log-level", "warn", ...(d1 ? ["--env", "d1"] : [])],
  { cwd: apiDir, stdio: "inherit", env: { ...env, CI: "true" } },
);

// wrangler's own banner is quiet at this log level; poll until the Worker answers, then say where things are.
let announced = false;
const poll = setInterval(async () => {
  try {
    const response = await fetch(`${origin}/healthz`);
    if (!response.ok || announced) return;
    announced = true;
    clearInterval(poll);
    const { version, facts, store } = (await response.json()) as { version: string; facts: number; store: string };
    const claim = encodeURIComponent("China's internet users topped 1.1 billion");
    console.log(`
factline is running (dataset ${version}, ${facts} facts, ${store} store)
  demo article      ${origin}/
  Chinese demo      ${origin}/zh
  draft checker     ${origin}/check
  API reference     ${origin}/docs
  example check     ${origin}/v1/check?claim=${claim}
Press Ctrl+C to stop.`);
  } catch {
    // not up yet
  }
}, 500);

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code) => process.exit(code ?? 0));
