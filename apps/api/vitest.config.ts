import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the production wrangler config: same bindings, same compatibility date.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Each file otherwise boots its own workerd (~10 s on a busy 2-core machine); the tests share no state.
    isolate: false,
    // The first request in a run loads the dataset into the isolate; generous under CI load.
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
  },
});
