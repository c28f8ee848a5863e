import { exportCorpusFile } from "../../domain/corpus/import/corpusJson";
import type { Quote } from "../../domain/corpus/quote";

/** A corpus as a `.corpus.json` download: its file name (from the corpus's name) and text. */
export function corpusDownload(
  name: string,
  quotes: readonly Quote[],
  now: Date,
): { fileName: string; json: string } {
  const file = exportCorpusFile(name, quotes, now);
  const safe = name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "corpus";
  return { fileName: `${safe}.corpus.json`, json: JSON.stringify(file, null, 2) };
}
