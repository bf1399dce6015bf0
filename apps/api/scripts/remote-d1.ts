// Enough of the D1Database interface for publishing, over `wrangler d1 execute --remote` (wrangler's own login).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Value = string | number | null;

function literal(value: Value): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/** Inlines ?N parameters as SQL literals: `wrangler d1 execute` takes no bound values. */
export function inlineParams(sql: string, params: readonly Value[]): string {
  return sql.replace(/\?(\d+)/g, (_, index: string) => literal(params[Number(index) - 1] ?? null));
}

export function remoteD1(apiDir: string, database: string, environment: string): D1Database {
  const execute = (sql: string): { results: Record<string, unknown>[]; meta: { changes: number } }[] => {
    const dir = mkdtempSync(join(tmpdir(), "factline-d1-"));
    try {
      const file = join(dir, "statement.sql");
      writeFileSync(file, sql);
      const out = execFileSync(
        join(apiDir, "node_modules", ".bin", "wrangler"),
        ["d1", "execute", database, "--remote", "--env", environment, "--json", "--yes", "--file", file],
        { cwd: apiDir, encoding: "utf8", maxBuffer: 1 << 30 },
      );
      return JSON.parse(out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const prepare = (sql: string, params: Value[] = []) => {
    const statement = {
      bind: (...values: Value[]) => prepare(sql, values),
      sql: () => inlineParams(sql, params),
      run: async () => execute(statement.sql())[0],
      all: async () => execute(statement.sql())[0],
      first: async () => execute(statement.sql())[0]?.results[0] ?? null,
    };
    return statement;
  };
  return {
    prepare,
    batch: async (statements: { sql: () => string }[]) =>
      execute(statements.map((statement) => `${statement.sql()};`).join("\n")),
  } as unknown as D1Database;
}
