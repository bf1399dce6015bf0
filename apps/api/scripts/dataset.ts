// `dataset:publish -- --local|--remote [--data <dir>]` and `dataset:rollback -- --local|--remote`:
// validates with core's validators, loads the new version beside the current one, switches in one statement.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetVersion, loadDataDir } from "@factline/core/data-dir";
import { getPlatformProxy } from "wrangler";
import { PublishError, readVersions, rollbackDataset } from "../src/store/d1-publish.ts";
import { publishValidated } from "../src/store/validated-dataset.ts";
import { remoteD1 } from "./remote-d1.ts";

const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const [command, ...args] = process.argv.slice(2).filter((arg) => arg !== "--");
const remote = args.includes("--remote");
if (!["publish", "rollback"].includes(command ?? "") || remote === args.includes("--local")) {
  console.error("usage: dataset.ts publish|rollback --local|--remote [--data <dir>]");
  process.exit(2);
}
const dataArg = args.indexOf("--data");
const dataDir = resolve(
  dataArg >= 0 ? (args[dataArg + 1] ?? "") : join(apiDir, "..", "..", "packages", "core", "data"),
);

// --local is the database `wrangler dev --env d1` reads (.wrangler/state); --remote the one in wrangler.jsonc.
const proxy = remote ? undefined : await getPlatformProxy<{ FACTS_DB: D1Database }>({ environment: "d1" });
const db = proxy ? proxy.env.FACTS_DB : remoteD1(apiDir, "factline-facts", "d1");
try {
  if (command === "rollback") {
    const { version, previous } = await rollbackDataset(db);
    console.log(`rolled back: serving ${version} (previous: ${previous ?? "none"})`);
  } else {
    const started = Date.now();
    const result = await publishValidated(db, loadDataDir(dataDir), datasetVersion, {
      onProgress: (loaded, total) => process.stdout.write(`\rloading ${loaded}/${total} facts`),
    });
    if (result.unchanged) console.log(`dataset ${result.version} is already current; nothing written.`);
    else
      console.log(
        `\npublished ${result.version} (${result.facts} facts, ${Date.now() - started} ms); previous: ${result.previous ?? "none"}`,
      );
    console.log(`current: ${(await readVersions(db)).version}`);
  }
} catch (error) {
  console.error(error instanceof PublishError ? error.message : error);
  process.exitCode = 1;
} finally {
  await proxy?.dispose();
}
