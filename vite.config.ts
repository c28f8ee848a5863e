import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { seedCorpusPlugin } from "./scripts/seedCorpusPlugin";

export default defineConfig({
  plugins: [react(), seedCorpusPlugin(fileURLToPath(new URL("./seeds", import.meta.url)))],
  build: { target: "es2022", sourcemap: false },
  worker: { format: "es" },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/helpers/setupTests.ts"],
    restoreMocks: true,
  },
});
