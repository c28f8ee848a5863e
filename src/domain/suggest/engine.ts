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

/** A group of quotes on the canvas (a cluster), as the engine sees it. */
export interface QuoteGroup {
  id: string;
  quoteIds: readonly string[];
}

/**
 * The least mean similarity at which a quote "fits" a group ("Bij welk cluster hoort dit?"):
 * below it no cluster is named. 0.02 is just above the 95th percentile (0.016) of the fits of
 * seed quotes to theme clusters they share no content word with, and keeps 68.5 % of the fits
 * to their own theme's cluster (`npm run eval:suggest`, "Drag fit"; docs/SUGGESTIONS.md).
 */
export const MIN_FIT_SCORE = 0.02;

/** How well a quote fits a group: its mean similarity to the group's quotes. */
export interface GroupFit {
  id: string;
  score: number;
}

export interface SuggestEngine {
  /** The `k` quotes most like quote `id` (none when it is not in the corpus). */
  similar(id: string, k: number): SimilarQuote[];
  /**
   * The `count` groups quote `id` fits best (mean similarity to their other quotes), best
   * first, ties in the groups' order; only groups it fits at least MIN_FIT_SCORE.
   */
  fit(id: string, groups: readonly QuoteGroup[], count: number): GroupFit[];
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
    fit(id, groups, count) {
      const at = position.get(id);
      if (at === undefined) return [];
      const fits: GroupFit[] = [];
      for (const group of groups) {
        const members = positionsOf(group.quoteIds).filter((member) => member !== at);
        if (members.length === 0) continue;
        let sum = 0;
        for (const member of members) sum += index.similarity(at, member);
        const score = sum / members.length;
        if (score >= MIN_FIT_SCORE) fits.push({ id: group.id, score });
      }
      return fits
        .map((fit, order) => ({ fit, order }))
        .sort((a, b) => b.fit.score - a.fit.score || a.order - b.order)
        .slice(0, count)
        .map((x) => x.fit);
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
