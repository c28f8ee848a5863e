/**
 * "Bij welk cluster hoort dit?" against the bloemlezing's themes: where the drag fit's minimum
 * score (MIN_FIT_SCORE in src/domain/suggest/engine.ts) comes from. Per chapter, each theme's
 * first CLUSTER_SIZE quotes stand for a cluster on the canvas (the size an analyst's clusters
 * have); every quote of the chapter is fitted to every such cluster (itself left out), as the
 * engine's `fit` does: its mean similarity to the cluster's quotes.
 */
import type { SimilarityIndex } from "../../src/domain/suggest/similarity";
import { sharedStems } from "../../src/domain/suggest/words";

const CLUSTER_SIZE = 8;

interface QuoteLike {
  chapter: number;
  section: string;
  text: string;
}

export interface DragFitReport {
  clusterSize: number;
  /** Fits to a cluster the quote shares no content word with: the floor any fit has. */
  noSharedWord: { pairs: number; p50: number; p90: number; p95: number; p99: number; max: number };
  /** Fits to the cluster of the quote's own theme (a quote of that theme, not in it). */
  ownTheme: { pairs: number; p10: number; p25: number; p50: number };
  /** Per candidate minimum: own-theme fits kept, no-shared-word fits kept, best fit right. */
  thresholds: { min: number; ownKept: number; noSharedKept: number; bestIsOwn: number }[];
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);

export function dragFitReport(
  index: SimilarityIndex,
  quotes: readonly QuoteLike[],
  candidates: readonly number[],
): DragFitReport {
  const noShared: number[] = [];
  const own: number[] = [];
  // Per quote: its best fit and whether that is its own theme.
  const best: { score: number; own: boolean }[] = [];
  const chapters = [...new Set(quotes.map((q) => q.chapter))];
  for (const chapter of chapters) {
    const members = quotes.flatMap((q, i) => (q.chapter === chapter ? [i] : []));
    const themes = new Map<string, number[]>();
    for (const m of members) {
      const section = (quotes[m] as QuoteLike).section;
      themes.set(section, [...(themes.get(section) ?? []), m]);
    }
    const clusters = [...themes].map(([section, ids]) => ({
      section,
      ids: ids.slice(0, CLUSTER_SIZE),
    }));
    for (const m of members) {
      const quote = quotes[m] as QuoteLike;
      let top = { score: -1, own: false };
      for (const cluster of clusters) {
        const others = cluster.ids.filter((id) => id !== m);
        if (others.length === 0) continue;
        let sum = 0;
        for (const other of others) sum += index.similarity(m, other);
        const score = sum / others.length;
        const isOwn = cluster.section === quote.section;
        if (isOwn) own.push(score);
        const shares = others.some(
          (other) => sharedStems(quote.text, (quotes[other] as QuoteLike).text).length > 0,
        );
        if (!shares) noShared.push(score);
        if (score > top.score) top = { score, own: isOwn };
      }
      if (top.score >= 0) best.push(top);
    }
  }
  noShared.sort((a, b) => a - b);
  own.sort((a, b) => a - b);
  const share = (xs: readonly number[], min: number) =>
    xs.length === 0 ? 0 : xs.filter((x) => x >= min).length / xs.length;
  return {
    clusterSize: CLUSTER_SIZE,
    noSharedWord: {
      pairs: noShared.length,
      p50: quantile(noShared, 0.5),
      p90: quantile(noShared, 0.9),
      p95: quantile(noShared, 0.95),
      p99: quantile(noShared, 0.99),
      max: noShared[noShared.length - 1] ?? 0,
    },
    ownTheme: {
      pairs: own.length,
      p10: quantile(own, 0.1),
      p25: quantile(own, 0.25),
      p50: quantile(own, 0.5),
    },
    thresholds: candidates.map((min) => {
      const kept = best.filter((b) => b.score >= min);
      return {
        min,
        ownKept: share(own, min),
        noSharedKept: share(noShared, min),
        bestIsOwn: kept.length === 0 ? 0 : kept.filter((b) => b.own).length / kept.length,
      };
    }),
  };
}
