import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { DataFile, DatasetInput } from "../compile/compile.ts";

function readYaml(path: string, root: string): DataFile {
  const text = readFileSync(path, "utf8");
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const file = relative(root, path);
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first ? lineCounter.linePos(first.pos[0]).line : 1;
    throw new Error(
      `${file}:${line}: not valid YAML: ${first?.message ?? "parse error"}\n  how to fix: check indentation and quote text containing ": " or "#"`,
    );
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document.contents;
    let found: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const range = (pair.key as { range?: [number, number, number] }).range;
        if (range) found = lineCounter.linePos(range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        const range = (node as { range?: [number, number, number] } | undefined)?.range;
        if (range) found = lineCounter.linePos(range[0]).line;
      } else break;
    }
    return found;
  };
  return { file, data: document.toJS(), lineOf };
}

/** Reads `data/` (sources.yaml, facts/*.yaml, articles/*.txt) into the compiler's input. */
export function loadDataDir(dataDir: string, root = join(dataDir, "..")): DatasetInput {
  const factsDir = join(dataDir, "facts");
  const articlesDir = join(dataDir, "articles");
  const factFiles = readdirSync(factsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => readYaml(join(factsDir, name), root));
  const articleTexts = Object.fromEntries(
    readdirSync(articlesDir)
      .filter((name) => name.endsWith(".txt"))
      .map((name) => [basename(name, ".txt"), readFileSync(join(articlesDir, name), "utf8")]),
  );
  return {
    sources: readYaml(join(dataDir, "sources.yaml"), root),
    metrics: readYaml(join(dataDir, "metrics.yaml"), root),
    factFiles,
    articleTexts,
  };
}
