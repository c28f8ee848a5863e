import { contentHash, parserVersion } from "virtual:seed-corpus";
import type { CorpusSource } from "./corpusRepo";

export const SEED_CORPUS_ID = "seed-bloemlezing";

/**
 * The bundled bloemlezing. Its quotes were parsed from seeds/ at build time (see
 * scripts/seedCorpusPlugin.ts) and are their own chunk, out of the first screen's bundle:
 * fetched at start-up, the library shows them before the database answers.
 */
export function seedCorpusSource(): CorpusSource {
  return {
    id: SEED_CORPUS_ID,
    name: "Samen tegen mensenhandel — bloemlezing",
    kind: "seed",
    contentHash,
    parserVersion,
    parse: async () => (await import("virtual:seed-corpus-quotes")).quotes,
  };
}
