import { stemDutch, type Token, tokenizeDutch } from "./dutch";

/** A sparse vector: term ids in ascending order and their weights (L2-normalised). */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** How a text becomes terms and terms become weights. */
export interface TermOptions {
  /** Snowball stems (true) or the folded words as written (false). */
  stem: boolean;
  /** Pairs of neighbouring content words as extra terms ("aangifte doen"). */
  bigrams: boolean;
  /** 1 + log(tf) instead of the raw count: a word said three times is not three times the topic. */
  sublinearTf: boolean;
  /** Weigh terms by inverse document frequency (rare words tell more). */
  idf: boolean;
  /**
   * Dutch compounds also count as their parts when the corpus uses those parts as words of
   * their own ("arbeidsuitbuiting" also as "arbeid" and "uitbuiting").
   */
  compounds: boolean;
}

/** The suggestions' own weighting: stems, bigrams, sub-linear tf, idf. */
export const TFIDF: TermOptions = {
  stem: true,
  bigrams: true,
  sublinearTf: true,
  idf: true,
  compounds: true,
};
/** The plain baseline: word counts, no stemming, no bigrams, no idf. */
export const WORD_COUNTS: TermOptions = {
  stem: false,
  bigrams: false,
  sublinearTf: false,
  idf: false,
  compounds: false,
};

/** The content words of a text (stopwords left out), stemmed or not. */
export function contentTerms(tokens: readonly Token[], stem: boolean): string[] {
  const terms: string[] = [];
  for (const token of tokens) if (!token.stop) terms.push(stem ? token.stem : token.folded);
  return terms;
}

/** Shortest part of a compound that counts (shorter heads and tails are mostly accidents). */
const MIN_PART = 4;

/**
 * The parts of a compound when both are words the corpus also uses on their own (`known`), the
 * head with or without a linking s ("arbeids|uitbuiting"): the longest such tail wins. A word
 * that only ends in a known word ("digi|taal", "begeleiden") is no compound.
 */
export function compoundParts(word: string, known: ReadonlySet<string>): string[] {
  if (word.length < 2 * MIN_PART) return [];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const tail = word.slice(cut);
    if (!known.has(tail)) continue;
    const head = word.slice(0, cut);
    if (known.has(head)) return [head, tail];
    const linked = head.endsWith("s") ? head.slice(0, -1) : "";
    if (linked.length >= MIN_PART && known.has(linked)) return [linked, tail];
  }
  return [];
}

function termsOf(tokens: readonly Token[], options: TermOptions, known: ReadonlySet<string>) {
  const words = contentTerms(tokens, options.stem);
  const terms = [...words];
  if (options.compounds)
    for (const token of tokens)
      if (!token.stop)
        for (const part of compoundParts(token.folded, known))
          terms.push(options.stem ? stemDutch(part) : part);
  if (options.bigrams)
    for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1]} ${words[i]}`);
  return terms;
}

/** The texts as weighted sparse vectors, with the vocabulary and document frequencies. */
export interface TermSpace {
  vectors: SparseVector[];
  /** Term text by id. */
  vocabulary: string[];
  /** In how many texts each term occurs, by id. */
  documentFrequency: Int32Array;
}

export function buildTermSpace(texts: readonly string[], options: TermOptions): TermSpace {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const tokenized = texts.map(tokenizeDutch);
  const known = new Set<string>();
  if (options.compounds)
    for (const tokens of tokenized)
      for (const token of tokens)
        if (!token.stop && token.folded.length >= MIN_PART) known.add(token.folded);
  const counted = tokenized.map((tokens) => {
    const counts = new Map<number, number>();
    for (const term of termsOf(tokens, options, known)) {
      let id = ids.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(term, id);
        vocabulary.push(term);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const documentFrequency = new Int32Array(vocabulary.length);
  for (const counts of counted)
    for (const id of counts.keys()) documentFrequency[id] = (documentFrequency[id] as number) + 1;
  const n = texts.length;
  const vectors = counted.map((counts) => {
    const terms = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, i) => {
      const tf = counts.get(id) as number;
      const df = documentFrequency[id] as number;
      const w =
        (options.sublinearTf ? 1 + Math.log(tf) : tf) *
        (options.idf ? Math.log((1 + n) / (1 + df)) + 1 : 1);
      weights[i] = w;
      norm += w * w;
    });
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) * scale;
    }
    return { terms, weights };
  });
  return { vectors, vocabulary, documentFrequency };
}
