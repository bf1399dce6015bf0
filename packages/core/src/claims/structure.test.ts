import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const MAX_FUNCTION_LINES = 60;
const CLAIMS = new URL(".", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /(?<!\.test|\.d|\.fixture)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every function, method and arrow in a file longer than the limit, as "file:line name (lines)". */
function longFunctions(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.getEnd()).line - first + 1;
      const name = node.name?.getText(source) ?? "(anonymous)";
      if (lines > MAX_FUNCTION_LINES) found.push(`${path.slice(CLAIMS.length)}:${first + 1} ${name} (${lines})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the checker's code", () => {
  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(sourceFiles(CLAIMS).flatMap(longFunctions)).toEqual([]);
  });

  it("keeps its stages in folders of their own", () => {
    const folders = readdirSync(CLAIMS, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name)).toEqual(expect.arrayContaining(["read", "interpret", "judge"]));
  });
});
