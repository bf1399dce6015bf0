import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const widgetDir = join(import.meta.dirname, "..");

describe("widget.js size", () => {
  it("stays within the size-limit budget (.size-limit.json)", () => {
    const result = spawnSync(join(widgetDir, "node_modules", ".bin", "size-limit"), ["--json"], {
      cwd: widgetDir,
      encoding: "utf8",
    });
    const [entry] = JSON.parse(result.stdout) as { name: string; passed: boolean; size: number }[];
    expect(entry?.passed, `widget.js is ${entry?.size} B gzip`).toBe(true);
    expect(result.status).toBe(0);
  });

  it("publishes a versioned copy and its SRI hash", () => {
    const manifest = JSON.parse(readFileSync(join(widgetDir, "dist", "widget.json"), "utf8")) as {
      file: string;
      integrity: string;
    };
    expect(manifest.file).toMatch(/^\/widget\.[0-9a-f]{10}\.js$/);
    expect(manifest.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(readFileSync(join(widgetDir, "dist", manifest.file))).toEqual(
      readFileSync(join(widgetDir, "dist", "widget.js")),
    );
  });
});
