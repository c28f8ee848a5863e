import { buildTermSpace, type SparseVector, type TermOptions, TFIDF } from "./vectors";

export interface Neighbour {
  /** Position of the text in the list the index was built from. */
  index: number;
  /** Similarity in 0..1 (1: the same content). */
  score: number;
}

/**
 * How alike the texts of a corpus are. The suggestions (similar quotes, proposed clusters) use
 * nothing else, so a sentence-embedding model can take the place of the lexical one below by
 * implementing this and `SimilaritySource`.
 */
export interface SimilarityIndex {
  readonly size: number;
  similarity(a: number, b: number): number;
  /**
   * The `k` texts most like text `i` (never `i` itself), best first; equal scores in list
   * order. Only texts with some similarity are returned; `among` limits the candidates.
   */
  nearest(i: number, k: number, among?: ReadonlySet<number>): Neighbour[];
  /**
   * Similarities of every pair of `members`, as the upper triangle row by row: the pair
   * (a, b) with a < b positions in `members` is at a·m − a(a+1)/2 + (b − a − 1).
   */
  pairwise(members: readonly number[]): Float32Array;
}

export interface SimilaritySource {
  readonly name: string;
  index(texts: readonly string[]): SimilarityIndex;
}

/** Where the pair (a, b), a < b, of m members sits in a condensed upper triangle. */
export function pairSlot(a: number, b: number, m: number): number {
  return a * m - (a * (a + 1)) / 2 + (b - a - 1);
}

interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

function invert(vectors: readonly SparseVector[], termCount: number): Postings[] {
  const lengths = new Int32Array(termCount);
  for (const v of vectors) for (const t of v.terms) lengths[t] = (lengths[t] as number) + 1;
  const postings = Array.from(lengths, (length) => ({
    docs: new Int32Array(length),
    weights: new Float64Array(length),
  }));
  const fill = new Int32Array(termCount);
  vectors.forEach((v, doc) => {
    v.terms.forEach((t, i) => {
      const p = postings[t] as Postings;
      const at = fill[t] as number;
      p.docs[at] = doc;
      p.weights[at] = v.weights[i] as number;
      fill[t] = at + 1;
    });
  });
  return postings;
}

function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i] as number;
    const tb = b.terms[j] as number;
    if (ta === tb) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (ta < tb) i++;
    else j++;
  }
  return sum;
}

/** Cosine similarity of sparse vectors, with an inverted index for fast neighbour lists. */
export function vectorSimilarityIndex(vectors: readonly SparseVector[], termCount: number) {
  const postings = invert(vectors, termCount);
  const size = vectors.length;
  const scores = new Float64Array(size);
  const touched = new Int32Array(size);
  const mark = new Uint8Array(size);

  /** Dot products of text i with every text sharing a term with it; returns how many. */
  function accumulate(i: number): number {
    let count = 0;
    const v = vectors[i] as SparseVector;
    for (let t = 0; t < v.terms.length; t++) {
      const p = postings[v.terms[t] as number] as Postings;
      const w = v.weights[t] as number;
      for (let k = 0; k < p.docs.length; k++) {
        const doc = p.docs[k] as number;
        if (mark[doc] === 0) {
          mark[doc] = 1;
          touched[count++] = doc;
          scores[doc] = 0;
        }
        scores[doc] = (scores[doc] as number) + w * (p.weights[k] as number);
      }
    }
    return count;
  }

  const index: SimilarityIndex = {
    size,
    similarity: (a, b) => Math.min(1, dot(vectors[a] as SparseVector, vectors[b] as SparseVector)),
    nearest(i, k, among) {
      const count = accumulate(i);
      const found: Neighbour[] = [];
      for (let c = 0; c < count; c++) {
        const doc = touched[c] as number;
        mark[doc] = 0;
        if (doc === i || (among && !among.has(doc))) continue;
        const score = Math.min(1, scores[doc] as number);
        if (score > 1e-9) found.push({ index: doc, score });
      }
      found.sort((a, b) => b.score - a.score || a.index - b.index);
      return found.slice(0, k);
    },
    pairwise(members) {
      const m = members.length;
      const out = new Float32Array((m * (m - 1)) / 2);
      const position = new Int32Array(size).fill(-1);
      members.forEach((doc, at) => {
        position[doc] = at;
      });
      for (let a = 0; a < m; a++) {
        const count = accumulate(members[a] as number);
        for (let c = 0; c < count; c++) {
          const doc = touched[c] as number;
          mark[doc] = 0;
          const b = position[doc] as number;
          if (b > a) out[pairSlot(a, b, m)] = Math.min(1, scores[doc] as number);
        }
      }
      return out;
    },
  };
  return index;
}

/** The lexical source: Dutch stems and bigrams weighted by TF-IDF (or another term option). */
export function lexicalSource(options: TermOptions = TFIDF, name = "tfidf"): SimilaritySource {
  return {
    name,
    index(texts) {
      const space = buildTermSpace(texts, options);
      return vectorSimilarityIndex(space.vectors, space.vocabulary.length);
    },
  };
}
