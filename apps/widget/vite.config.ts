import { defineConfig } from "vite";

// One self-contained script: an IIFE with Preact and core's formatter inlined, no chunks, no CSS file.
export default defineConfig({
  // Classic h() calls: the automatic runtime adds a module the script does not need.
  oxc: { jsx: { runtime: "classic", pragma: "h", pragmaFrag: "Fragment" } },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    copyPublicDir: true,
    lib: { entry: "src/main.ts", name: "factlineWidget", formats: ["iife"], fileName: () => "widget.js" },
    minify: true,
    rolldownOptions: {
      output: {
        // Preact's internal fields (__k, __e, __c, ...) are shared by nothing outside this one script, so
        // they take the shortest names left; __html is dangerouslySetInnerHTML's public one.
        minify: { compress: true, mangle: true, mangleProps: { include: /^__/, reserved: ["__html"] } },
      },
    },
    sourcemap: false,
  },
});
