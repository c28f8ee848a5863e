import { contentHash, parserVersion } from "virtual:seed-corpus";
import type { CorpusSource } from "./corpusRepo";

export const SEED_CORPUS_ID = "seed-bloemlezing";

/**
 * The bundled bloemlezing. Its quotes were parsed from seeds/ at build time (see
 * scripts/seedCorpusPlugin.ts) and are loaded only when they must be stored (a first visit or
 * a new version), so they stay out of the first screen's bundle and out of a return visit.
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
