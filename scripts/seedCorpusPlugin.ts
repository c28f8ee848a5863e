import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { hash53 } from "../src/domain/corpus/hash";
import { PARSER_VERSION, parseSeedFiles } from "../src/domain/corpus/parse";

/** The corpus's hash and parser version: small, read on every start. */
const META_ID = "virtual:seed-corpus";
/** The parsed quotes: loaded only when the stored copy is missing or outdated. */
const QUOTES_ID = "virtual:seed-corpus-quotes";
const resolved = (id: string) => `\0${id}`;

/**
 * Parses the bundled bloemlezing once, at build time, with the same parser the browser can
 * run, and serves the result as two modules: `virtual:seed-corpus` (hash and parser version)
 * and `virtual:seed-corpus-quotes` (the quotes). A first visit then only has to store ready
 * quotes instead of parsing two-column text on the user's machine, and a return visit, which
 * finds them stored, does not load them at all.
 */
export function seedCorpusPlugin(seedDir: string): Plugin {
  return {
    name: "ontrafel-seed-corpus",
    resolveId(id) {
      return id === META_ID || id === QUOTES_ID ? resolved(id) : undefined;
    },
    load(id) {
      if (id !== resolved(META_ID) && id !== resolved(QUOTES_ID)) return undefined;
      const names = readdirSync(seedDir)
        .filter((name) => name.endsWith(".txt"))
        .sort();
      const files = names.map((name) => {
        const path = join(seedDir, name);
        this.addWatchFile(path);
        return { name, text: readFileSync(path, "utf8") };
      });
      if (id === resolved(QUOTES_ID)) {
        const quotes = parseSeedFiles(files);
        return `export const quotes = JSON.parse(${JSON.stringify(JSON.stringify(quotes))});`;
      }
      const contentHash = hash53(
        `${PARSER_VERSION}\n${files.map((f) => `${f.name}\n${f.text}`).join("\n")}`,
      );
      return [
        `export const contentHash = ${JSON.stringify(contentHash)};`,
        `export const parserVersion = ${PARSER_VERSION};`,
      ].join("\n");
    },
  };
}
