import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Bench pages are built on their own (by scripts/bench.ts), never into the app's dist/.
const benchDir = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(benchDir, "pages");
const pages = readdirSync(pagesDir).filter((name) => name.endsWith(".html"));

export default defineConfig({
  root: pagesDir,
  base: "./",
  logLevel: "warn",
  build: {
    target: "es2022",
    outDir: join(benchDir, "dist"),
    emptyOutDir: true,
    // Timings should see the same minified code the app ships.
    minify: true,
    rollupOptions: {
      input: Object.fromEntries(
        pages.map((name) => [name.replace(/\.html$/, ""), join(pagesDir, name)]),
      ),
    },
  },
});
