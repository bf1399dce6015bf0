// After `vite build`: a content-hashed copy of widget.js for immutable caching, its SRI hash in
// dist/widget.json, and the raw, gzip and brotli sizes on stdout (the figures in BENCHMARKS.md).
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const script = readFileSync(join(dist, "widget.js"));
const hash = createHash("sha256").update(script).digest("hex").slice(0, 10);
const file = `widget.${hash}.js`;
copyFileSync(join(dist, "widget.js"), join(dist, file));

const integrity = `sha384-${createHash("sha384").update(script).digest("base64")}`;
const sizes = {
  raw: script.length,
  gzip: gzipSync(script, { level: 9 }).length,
  brotli: brotliCompressSync(script, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};
writeFileSync(join(dist, "widget.json"), `${JSON.stringify({ file: `/${file}`, integrity, sizes }, null, 2)}\n`);
console.log(
  `widget.js: ${sizes.raw} B raw, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli; versioned as /${file} (${integrity})`,
);
