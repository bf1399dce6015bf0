import { createHash } from "node:crypto";
import type { Dataset } from "../schema/fact.ts";

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The dataset version: a content hash that ignores key order, file layout and formatting. */
export function datasetVersion(content: Omit<Dataset, "version">): string {
  return createHash("sha256").update(canonical(content)).digest("hex").slice(0, 16);
}
