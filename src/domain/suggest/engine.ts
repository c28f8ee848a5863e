import { proposeClusters } from "./proposals";
import { blendedSource, type SimilaritySource } from "./similarity";
import { markWords, sharedStems, type TextPiece } from "./words";

/** The quotes suggestions are made from: one corpus, as shown in the library. */
export interface SuggestCorpus {
  ids: readonly string[];
  texts: readonly string[];
}

export interface SimilarQuote {
  id: string;
  score: number;
  /** Stems both quotes have. */
  sharedStems: string[];
  /** The similar quote's words that the asked-about quote also has, as written (no repeats). */
  sharedWords: string[];
  /** The similar quote's text in pieces, its shared words marked (for highlighting). */
  pieces: TextPiece[];
}

export interface SuggestedCluster {
  quoteIds: string[];
  /** Characteristic words, for a proposed label. */
  words: string[];
  /** Words the members share, most widely shared first (the reason). */
  sharedWords: string[];
}

export interface Suggestions {
  clusters: SuggestedCluster[];
  /** Quotes asked about that fit no proposed cluster. */
  unassigned: string[];
}

export interface SuggestEngine {
  /** The `k` quotes most like quote `id` (none when it is not in the corpus). */
  similar(id: string, k: number): SimilarQuote[];
  /** About `k` clusters of the quotes `ids` (ids not in the corpus are left out). */
  propose(ids: readonly string[], k: number, onProgress?: (done: number) => void): Suggestions;
}

/** Suggestions over one corpus, from any similarity source (Dutch TF-IDF + LSA by default). */
export function createSuggestEngine(
  corpus: SuggestCorpus,
  source: SimilaritySource = blendedSource(),
): SuggestEngine {
  const index = source.index(corpus.texts);
  const position = new Map(corpus.ids.map((id, i) => [id, i]));
  const positionsOf = (ids: readonly string[]) =>
    ids.map((id) => position.get(id)).filter((i): i is number => i !== undefined);
  return {
    similar(id, k) {
      const at = position.get(id);
      if (at === undefined) return [];
      const text = corpus.texts[at] as string;
      return index.nearest(at, k).map((n) => {
        const other = corpus.texts[n.index] as string;
        const stems = sharedStems(text, other);
        const pieces = markWords(other, new Set(stems));
        const words = [...new Set(pieces.filter((p) => p.shared).map((p) => p.text.toLowerCase()))];
        return {
          id: corpus.ids[n.index] as string,
          score: n.score,
          sharedStems: stems,
          sharedWords: words,
          pieces,
        };
      });
    },
    propose(ids, k, onProgress) {
      const members = positionsOf(ids);
      const result = proposeClusters(index, corpus.texts, members, k, onProgress);
      const idOf = (i: number) => corpus.ids[i] as string;
      return {
        clusters: result.proposals.map((p) => ({
          quoteIds: p.members.map(idOf),
          words: p.words,
          sharedWords: p.sharedWords,
        })),
        unassigned: result.unassigned.map(idOf),
      };
    },
  };
}
