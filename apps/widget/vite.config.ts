import { defineConfig } from "vite";

// One self-contained script: an IIFE with core's formatter inlined, no chunks, no CSS file.
export default defineConfig({
  // Classic h() calls into src/dom.ts, which builds DOM nodes: no runtime module, no virtual DOM.
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
