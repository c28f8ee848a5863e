import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { hash53 } from "../src/domain/corpus/hash";
import { PARSER_VERSION, parseSeedFiles } from "../src/domain/corpus/parse";

const MODULE_ID = "virtual:seed-corpus";
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Parses the bundled bloemlezing once, at build time, with the same parser the browser can
 * run, and serves the result as `virtual:seed-corpus`. A first visit then only has to store
 * ready quotes instead of parsing two-column text on the user's machine.
 */
export function seedCorpusPlugin(seedDir: string): Plugin {
  return {
    name: "ontrafel-seed-corpus",
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const names = readdirSync(seedDir)
        .filter((name) => name.endsWith(".txt"))
        .sort();
      const files = names.map((name) => {
        const path = join(seedDir, name);
        this.addWatchFile(path);
        return { name, text: readFileSync(path, "utf8") };
      });
      const quotes = parseSeedFiles(files);
      const contentHash = hash53(
        `${PARSER_VERSION}\n${files.map((f) => `${f.name}\n${f.text}`).join("\n")}`,
      );
      return [
        `export const contentHash = ${JSON.stringify(contentHash)};`,
        `export const parserVersion = ${PARSER_VERSION};`,
        `export const quotes = JSON.parse(${JSON.stringify(JSON.stringify(quotes))});`,
      ].join("\n");
    },
  };
}
