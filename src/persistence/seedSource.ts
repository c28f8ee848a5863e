import { hash53 } from "../domain/corpus/hash";
import { PARSER_VERSION, parseSeedFiles, type SeedFile } from "../domain/corpus/parse";
import type { CorpusSource } from "./corpusRepo";

// The bloemlezing ships inside the app; this module is loaded on demand, so the seed text and
// the parser stay out of the first screen's bundle.
const seedTexts = import.meta.glob<string>("/seeds/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const SEED_CORPUS_ID = "seed-bloemlezing";

export function seedFiles(): SeedFile[] {
  return Object.entries(seedTexts)
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf("/") + 1), text }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function seedCorpusSource(): CorpusSource {
  const files = seedFiles();
  const contentHash = hash53(
    `${PARSER_VERSION}\n${files.map((f) => `${f.name}\n${f.text}`).join("\n")}`,
  );
  return {
    id: SEED_CORPUS_ID,
    name: "Samen tegen mensenhandel — bloemlezing",
    kind: "seed",
    contentHash,
    parserVersion: PARSER_VERSION,
    parse: () => {
      performance.mark("ontrafel:seed-parse-start");
      const quotes = parseSeedFiles(files);
      performance.measure("ontrafel:seed-parse", "ontrafel:seed-parse-start");
      return quotes;
    },
  };
}
