import {
  ANALYSIS_SCHEMA_VERSION,
  type Analysis,
  type AnalysisEdge,
  type AnalysisNode,
  type ClusterNode,
  type FactorNode,
  type QuoteNode,
  type Viewport,
} from "../../src/domain/analysis/analysis";
import { CLUSTER_PADDING, quoteSnapshot } from "../../src/domain/analysis/operations";
import { makeSyntheticQuotes, seededRandom } from "./syntheticCorpus";

/**
 * A deterministic analysis of any size, for the canvas benchmark and tests that need a big
 * board: quote cards in clusters laid out on a grid, a few free factors, and links that mostly
 * stay between neighbouring clusters, as they do on a real board.
 */

export interface SyntheticAnalysisSize {
  quotes: number;
  clusters: number;
  links: number;
  /** Free factor nodes in a row above the clusters (default 0). */
  factors?: number;
  seed?: number;
  viewport?: Viewport;
}

/** Cards per row inside a cluster and the pitch between cards (card: 260 × ~120). */
export const CARDS_PER_ROW = 5;
export const CARD_PITCH = { x: 280, y: 160 };
/** Space between clusters on the grid. */
const CLUSTER_GAP = 200;

/** Where card `index` sits inside its cluster (relative to the cluster). */
function cardPosition(index: number) {
  return {
    x: CLUSTER_PADDING.left + (index % CARDS_PER_ROW) * CARD_PITCH.x,
    y: CLUSTER_PADDING.top + Math.floor(index / CARDS_PER_ROW) * CARD_PITCH.y,
  };
}

export function makeSyntheticAnalysis(size: SyntheticAnalysisSize): Analysis {
  const { quotes: quoteCount, links: linkCount, factors: factorCount = 0, seed = 1 } = size;
  const clusterCount = Math.max(1, size.clusters);
  const random = seededRandom(seed);
  const quotes = makeSyntheticQuotes(quoteCount, seed);

  const perCluster = Math.ceil(quoteCount / clusterCount);
  const rows = Math.ceil(perCluster / CARDS_PER_ROW);
  const clusterPitch = {
    x: CLUSTER_PADDING.left + CARDS_PER_ROW * CARD_PITCH.x + CLUSTER_PADDING.right + CLUSTER_GAP,
    y: CLUSTER_PADDING.top + rows * CARD_PITCH.y + CLUSTER_PADDING.bottom + CLUSTER_GAP,
  };
  const columns = Math.ceil(Math.sqrt(clusterCount));

  const clusters: ClusterNode[] = [];
  const cardsOf: QuoteNode[][] = [];
  for (let c = 0; c < clusterCount; c++) {
    clusters.push({
      kind: "cluster",
      id: `cluster_${c}`,
      position: { x: (c % columns) * clusterPitch.x, y: Math.floor(c / columns) * clusterPitch.y },
      label: `Cluster ${c + 1}`,
      role: c % 7 === 0 ? "cause" : null,
      collapsed: false,
    });
    cardsOf.push([]);
  }

  const cards: QuoteNode[] = quotes.map((quote, n) => {
    // Round-robin, so every cluster gets the same number of cards (± 1).
    const c = n % clusterCount;
    const siblings = cardsOf[c] as QuoteNode[];
    const card: QuoteNode = {
      kind: "quote",
      id: `card_${n}`,
      position: cardPosition(siblings.length),
      clusterId: `cluster_${c}`,
      quoteId: quote.id,
      corpusId: "synthetic",
      snapshot: quoteSnapshot(quote),
    };
    siblings.push(card);
    return card;
  });

  const factors: FactorNode[] = Array.from({ length: factorCount }, (_, f) => ({
    kind: "factor",
    id: `factor_${f}`,
    position: { x: f * 300, y: -240 },
    label: `Factor ${f + 1}`,
    role: f === 0 ? "problem" : "cause",
  }));

  const edges = makeLinks(linkCount, { clusters, cardsOf, factors, columns, random });
  const nodes: AnalysisNode[] = [...clusters, ...cards, ...factors];
  return {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    id: `synthetic_${quoteCount}_${clusterCount}_${linkCount}`,
    title: `Synthetisch: ${quoteCount} citaten`,
    createdAt: 0,
    updatedAt: 0,
    corpusId: "synthetic",
    nodes,
    edges,
    viewport: size.viewport ?? { x: 0, y: 0, zoom: 1 },
    votingRounds: [],
    coveredQuotes: {},
  };
}

interface LinkPool {
  clusters: ClusterNode[];
  cardsOf: QuoteNode[][];
  factors: FactorNode[];
  columns: number;
  random: () => number;
}

/**
 * `count` distinct links (no loops, no repeated pair): 60% causes, 40% relates. Each goes
 * from a cluster to itself or a neighbour on the grid; one in five joins the clusters
 * themselves, one in ten (when there are factors) a factor, the rest two cards.
 */
function makeLinks(count: number, pool: LinkPool): AnalysisEdge[] {
  const { clusters, cardsOf, factors, columns, random } = pool;
  const index = (length: number) => Math.floor(random() * length);
  const endpoint = (c: number, roll: number): string => {
    if (roll < 0.2 || (cardsOf[c]?.length ?? 0) === 0) return (clusters[c] as ClusterNode).id;
    if (roll < 0.3 && factors.length > 0) return (factors[index(factors.length)] as FactorNode).id;
    const cards = cardsOf[c] as QuoteNode[];
    return (cards[index(cards.length)] as QuoteNode).id;
  };
  const neighbour = (c: number): number => {
    const column = (c % columns) + index(3) - 1;
    const row = Math.floor(c / columns) + index(3) - 1;
    const next = row * columns + column;
    return column >= 0 && column < columns && next >= 0 && next < clusters.length ? next : c;
  };

  const edges: AnalysisEdge[] = [];
  const seen = new Set<string>();
  // Bounded, so a tiny board that cannot hold `count` distinct links still terminates.
  for (let attempt = 0; edges.length < count && attempt < count * 20; attempt++) {
    const from = index(clusters.length);
    const roll = random();
    const source = endpoint(from, roll);
    const target = endpoint(neighbour(from), roll < 0.2 ? roll : random());
    const pair = `${source}->${target}`;
    if (source === target || seen.has(pair) || seen.has(`${target}->${source}`)) continue;
    seen.add(pair);
    edges.push({
      id: `link_${edges.length}`,
      source,
      target,
      kind: random() < 0.6 ? "causes" : "relates",
      label: "",
    });
  }
  return edges;
}
