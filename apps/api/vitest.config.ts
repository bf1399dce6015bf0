import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    // The first request in a run loads the dataset into the isolate; generous under CI load.
    testTimeout: 30_000,
    projects: [
      {
        // Route tests run inside workerd with the production wrangler config: same bindings, same compatibility date.
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
        test: {
          name: "workers",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/node/**"],
          // Each file otherwise boots its own workerd (~10 s on a busy 2-core machine); the tests share no state.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        // Tools that need Node (an OpenAPI validator compiles schemas with new Function, which workerd forbids).
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
    ],
  },
});
