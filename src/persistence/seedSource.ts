import { contentHash, parserVersion, quotes } from "virtual:seed-corpus";
import type { CorpusSource } from "./corpusRepo";

export const SEED_CORPUS_ID = "seed-bloemlezing";

/**
 * The bundled bloemlezing. Its quotes were parsed from seeds/ at build time (see
 * scripts/seedCorpusPlugin.ts); this module is loaded on demand, so they stay out of the
 * first screen's bundle.
 */
export function seedCorpusSource(): CorpusSource {
  return {
    id: SEED_CORPUS_ID,
    name: "Samen tegen mensenhandel — bloemlezing",
    kind: "seed",
    contentHash,
    parserVersion,
    parse: () => quotes,
  };
}
