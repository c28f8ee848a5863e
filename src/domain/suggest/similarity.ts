import { latentCoordinates } from "./latent";
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
  /**
   * The same similarity under the other reasonable settings of its own knobs (for the
   * lexical + latent one: latent dimensions and weight), built on first use. Clustering takes
   * the partition the settings agree on most, so no single setting decides the proposals.
   */
  variants?(): readonly SimilarityIndex[];
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

/** A lexical index that can also add its scores of one text to a running total. */
export interface LexicalIndex extends SimilarityIndex {
  /** Adds `weight` × the similarity of text `i` with every text sharing a term to `into`. */
  addScores(i: number, weight: number, into: Float64Array): void;
}

/** Cosine similarity of sparse vectors, with an inverted index for fast neighbour lists. */
export function vectorSimilarityIndex(
  vectors: readonly SparseVector[],
  termCount: number,
): LexicalIndex {
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

  const index: LexicalIndex = {
    size,
    addScores(i, weight, into) {
      const count = accumulate(i);
      for (let c = 0; c < count; c++) {
        const doc = touched[c] as number;
        mark[doc] = 0;
        into[doc] = (into[doc] as number) + weight * Math.min(1, scores[doc] as number);
      }
    },
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

/** Dot product of the rows at `pa` and `pb` of row-major `rows` (four terms a step: faster). */
function latentDot(rows: Float32Array, pa: number, pb: number, dimensions: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dimensions; d += 4) {
    s0 += (rows[pa + d] as number) * (rows[pb + d] as number);
    s1 += (rows[pa + d + 1] as number) * (rows[pb + d + 1] as number);
    s2 += (rows[pa + d + 2] as number) * (rows[pb + d + 2] as number);
    s3 += (rows[pa + d + 3] as number) * (rows[pb + d + 3] as number);
  }
  for (; d < dimensions; d++) s0 += (rows[pa + d] as number) * (rows[pb + d] as number);
  return s0 + s1 + s2 + s3;
}

/** Cosine of texts a and b in row-major unit `coordinates` of `dimensions` columns. */
function latentCosine(coordinates: Float32Array, dimensions: number, a: number, b: number) {
  return Math.max(0, latentDot(coordinates, a * dimensions, b * dimensions, dimensions));
}

/** The `k` best of `scores` (not `skip`, within `among`), best first, ties to the lower index. */
function topScores(
  scores: Float64Array,
  k: number,
  skip: number,
  among?: ReadonlySet<number>,
): Neighbour[] {
  const best: Neighbour[] = [];
  if (k <= 0) return best;
  for (let doc = 0; doc < scores.length; doc++) {
    const score = Math.min(1, scores[doc] as number);
    if (doc === skip || score <= 1e-9 || (among && !among.has(doc))) continue;
    if (best.length === k && score <= (best[k - 1] as Neighbour).score) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && (best[at - 1] as Neighbour).score < score) at--;
    best.splice(at, 0, { index: doc, score });
    if (best.length > k) best.pop();
  }
  return best;
}

/** The last members asked about and their pairwise values, per latent coordinates. */
const lastLatentPairs = new WeakMap<
  Float32Array,
  { members: readonly number[]; values: Float32Array }
>();

/**
 * Latent dot products of every pair of `members` (condensed upper triangle). The clustering
 * asks the same members under several weights in a row, so the last answer per coordinates is
 * kept and handed out again (the caller may write into it: never this copy).
 */
function latentPairwise(
  coordinates: Float32Array,
  dimensions: number,
  members: readonly number[],
): Float32Array {
  const last = lastLatentPairs.get(coordinates);
  if (last?.members === members) return last.values;
  const m = members.length;
  const values = new Float32Array((m * (m - 1)) / 2);
  // The members' coordinates side by side: the m² dot products read memory in order.
  const packed = new Float32Array(m * dimensions);
  members.forEach((member, at) => {
    packed.set(
      coordinates.subarray(member * dimensions, (member + 1) * dimensions),
      at * dimensions,
    );
  });
  let slot = 0;
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++, slot++)
      values[slot] = latentDot(packed, a * dimensions, b * dimensions, dimensions);
  lastLatentPairs.set(coordinates, { members, values });
  return values;
}

/** `index` whose pairwise answer for the same members array is computed once (then copied). */
function rememberLastPairwise(index: LexicalIndex): LexicalIndex {
  let last: { members: readonly number[]; values: Float32Array } | undefined;
  return {
    ...index,
    pairwise(members) {
      if (last?.members !== members) last = { members, values: index.pairwise(members) };
      return last.values.slice();
    },
  };
}

/**
 * The lexical similarity blended with the latent one: `latentWeight` × latent cosine (negative
 * counts as 0) + the rest × lexical cosine.
 */
export function blendedSimilarityIndex(
  lexical: LexicalIndex,
  coordinates: Float32Array,
  dimensions: number,
  latentWeight: number,
): SimilarityIndex {
  const size = lexical.size;
  const lexicalWeight = 1 - latentWeight;
  const latent = (a: number, b: number) => latentCosine(coordinates, dimensions, a, b);
  return {
    size,
    similarity: (a, b) => lexicalWeight * lexical.similarity(a, b) + latentWeight * latent(a, b),
    nearest(i, k, among) {
      const scores = new Float64Array(size);
      lexical.addScores(i, lexicalWeight, scores);
      const at = i * dimensions;
      for (let doc = 0; doc < size; doc++) {
        const dot = latentDot(coordinates, at, doc * dimensions, dimensions);
        if (dot > 0) scores[doc] = (scores[doc] as number) + latentWeight * dot;
      }
      return topScores(scores, k, i, among);
    },
    pairwise(members) {
      const out = lexical.pairwise(members);
      const latent = latentPairwise(coordinates, dimensions, members);
      for (let slot = 0; slot < out.length; slot++) {
        const blended =
          lexicalWeight * (out[slot] as number) +
          latentWeight * Math.max(0, latent[slot] as number);
        out[slot] = Math.min(1, blended);
      }
      return out;
    },
  };
}

/** Latent directions learned from the corpus, and the latent similarity's share of the blend. */
export const LATENT_DIMENSIONS = 100;
export const LATENT_WEIGHT = 0.3;
/** The settings the clustering consults (`variants`): every dimension count × every weight. */
export const LATENT_DIMENSION_CHOICES = [50, 100, 150] as const;
export const LATENT_WEIGHT_CHOICES = [0.2, 0.3, 0.4, 0.5] as const;

/**
 * The suggestions' source: the lexical TF-IDF similarity (stems, compounds, bigrams) blended
 * with latent semantic analysis learned from the same corpus on the device (`latent.ts`, on
 * single words and compound parts; bigrams are too rare to have company), so quotes about
 * the same thing in different words still come together. Lexical evidence keeps most weight.
 * Similar quotes use `dimensions` × `latentWeight`; the index's `variants` are the grid of
 * `LATENT_DIMENSION_CHOICES` × `LATENT_WEIGHT_CHOICES`, the other dimension counts learned on
 * first use.
 */
export function blendedSource(
  dimensions = LATENT_DIMENSIONS,
  latentWeight = LATENT_WEIGHT,
): SimilaritySource {
  return {
    name: "tfidf+lsa",
    index(texts) {
      const space = buildTermSpace(texts, TFIDF);
      const words = buildTermSpace(texts, { ...TFIDF, bigrams: false });
      const lexical = rememberLastPairwise(
        vectorSimilarityIndex(space.vectors, space.vocabulary.length),
      );
      const latentOf = new Map<number, ReturnType<typeof latentCoordinates>>();
      const latent = (d: number) => {
        let found = latentOf.get(d);
        if (!found) {
          found = latentCoordinates(words.vectors, words.vocabulary.length, d);
          latentOf.set(d, found);
        }
        return found;
      };
      const blend = (d: number, weight: number) => {
        const { coordinates, dimensions: kept } = latent(d);
        return blendedSimilarityIndex(lexical, coordinates, kept, weight);
      };
      let variants: SimilarityIndex[] | undefined;
      const index = blend(dimensions, latentWeight);
      return {
        ...index,
        variants() {
          variants ??= LATENT_DIMENSION_CHOICES.flatMap((d) =>
            LATENT_WEIGHT_CHOICES.map((weight) =>
              d === dimensions && weight === latentWeight ? index : blend(d, weight),
            ),
          );
          return variants;
        },
      };
    },
  };
}
