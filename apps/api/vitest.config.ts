import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const contractTests = {
  include: ["test/**/*.test.ts"],
  exclude: ["test/node/**", "test/d1/**"],
  // Each file otherwise boots its own workerd (~10 s on a busy 2-core machine); the tests share no state.
  isolate: false,
  testTimeout: 30_000,
};

export default defineConfig({
  test: {
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    // Every request writes a log line (src/request-log.ts); the fuzz and load tests would print thousands.
    onConsoleLog: (log) => !log.startsWith('{"msg":"request"'),
    // The first request in a run loads the dataset into the isolate; generous under CI load.
    testTimeout: 30_000,
    projects: [
      {
        // Route tests run inside workerd with the production wrangler config: same bindings, same compatibility date.
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
        test: { ...contractTests, name: "workers", include: ["src/**/*.test.ts", ...contractTests.include] },
      },
      {
        // The same route tests against the D1 store (`--env d1`), migrated and published in setup.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.jsonc", environment: "d1" },
            miniflare: {
              d1Databases: { FACTS_DB: "facts-db", PUBLISH_DB: "publish-db" },
              // A switch is seen by the very next request, so publishing tests need not wait.
              bindings: { TEST_MIGRATIONS: await readD1Migrations("./migrations"), FACTS_VERSION_TTL_MS: "0" },
            },
          })),
        ],
        test: {
          ...contractTests,
          name: "workers-d1",
          include: [...contractTests.include, "test/d1/**/*.test.ts"],
          exclude: ["test/node/**"],
          setupFiles: ["./test/d1/setup.ts"],
        },
      },
      {
        // Tools that need Node (an OpenAPI validator compiles schemas with new Function, which workerd forbids).
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
    ],
  },
});
