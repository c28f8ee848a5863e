import type { Analysis } from "./analysis";
import { causalRanks, defaultFocusRoot } from "./focus";
import { type Box, boundsOf, type PlacedNode } from "./geometry";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface RankFrame {
  /** The rank in the middle of the frame: 0 the core problem, below it causes, above effects. */
  rank: number;
  box: Box;
}

/**
 * What presentation mode shows, rank by rank: for each rank of the tree around the core
 * problem, the boxes of that rank and the ranks next to it. Ordered from the top (effects) to
 * the bottom (root causes). Empty when the analysis has no core problem or nothing is drawn.
 */
export function rankFrames(analysis: Analysis, placed: readonly PlacedNode[]): RankFrame[] {
  const root = defaultFocusRoot(analysis);
  if (!root) return [];
  const ranks = causalRanks(analysis, root.id);
  const byRank = new Map<number, Box[]>();
  for (const { node, box } of placed) {
    if (node.kind === "quote" && node.clusterId) continue;
    const rank = ranks.get(node.id);
    if (rank === undefined) continue;
    byRank.set(rank, [...(byRank.get(rank) ?? []), box]);
  }
  return [...byRank.keys()]
    .sort((a, b) => a - b)
    .map((rank) => ({
      rank,
      box: boundsOf([rank - 1, rank, rank + 1].flatMap((r) => byRank.get(r) ?? [])),
    }));
}

/**
 * The view of `frame` on a screen of `screen` size: the whole frame when that keeps the zoom
 * at `minZoom` or more (the zoom at which text is readable), else `minZoom` centred on the
 * frame, never above `maxZoom`.
 */
export function readableViewport(
  frame: Box,
  screen: { width: number; height: number },
  minZoom: number,
  maxZoom = 1.5,
  padding = 40,
): Viewport {
  const fit = Math.min(
    (screen.width - 2 * padding) / Math.max(1, frame.width),
    (screen.height - 2 * padding) / Math.max(1, frame.height),
  );
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  return { x: screen.width / 2 - cx * zoom, y: screen.height / 2 - cy * zoom, zoom };
}
