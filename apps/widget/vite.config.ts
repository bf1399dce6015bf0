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
    sourcemap: false,
  },
});
