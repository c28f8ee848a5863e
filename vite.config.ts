import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { seedCorpusPlugin } from "./scripts/seedCorpusPlugin";

// Workshop mode: installable and offline after the first visit. The service worker precaches
// the whole build, the corpus included (it is bundled into the JS by virtual:seed-corpus).
const pwa = VitePWA({
  registerType: "autoUpdate",
  // Registered by the app itself once start-up is done (src/app/serviceWorker.ts).
  injectRegister: false,
  includeAssets: ["favicon.svg", "icon.svg"],
  manifest: {
    name: "Ontrafel — probleem- en oorzakenanalyse",
    short_name: "Ontrafel",
    description: "Werkbank voor de probleem- en oorzakenanalyse van opgavegericht werken",
    lang: "nl",
    start_url: ".",
    display: "standalone",
    background_color: "#f7f8fa",
    theme_color: "#1d4e89",
    icons: [
      { src: "icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  },
  workbox: {
    globPatterns: ["**/*.{js,mjs,css,html,svg,png,webmanifest,wasm,json,woff2}"],
    // The layout engine and the PDF reader are large single files; they must work offline too.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    // The first visit is already served by it, so a room without network works straight away.
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [react(), seedCorpusPlugin(fileURLToPath(new URL("./seeds", import.meta.url))), pwa],
  build: { target: "es2022", sourcemap: false },
  worker: { format: "es" },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/helpers/setupTests.ts"],
    restoreMocks: true,
    // Hang guards, not speed budgets: sized for a loaded 2-core machine, where the first test
    // of a file can spend seconds transforming modules (the seed corpus is parsed at import).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
