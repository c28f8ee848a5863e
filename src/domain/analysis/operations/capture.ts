import { FACTOR_SIZE } from "../../layout/boxSizes";
import { freeSpot, PLACE_GAP, tooClose, topLevelBoxes } from "../../layout/freeSpot";
import type { Analysis, AnalysisNode, Position } from "../analysis";
import type { IdSource } from "../ids";
import { connect } from "./links";
import { absolutePosition, nodeById } from "./nodes";
import { addFactor } from "./place";

/** Quick capture adds a cause (below, leading to the node) or a symptom (above, following from it). */
export type CaptureDirection = "cause" | "symptom";

/** Room between a node and what is captured for it, and between captured siblings. */
export const CAPTURE_GAP = { x: 40, y: 200 };

/** Causes are the sources of "leads to" links into a node, symptoms the targets of links out. */
function linked(analysis: Analysis, nodeId: string, direction: CaptureDirection): string[] {
  return analysis.edges
    .filter((e) => e.kind === "causes" && (direction === "cause" ? e.target : e.source) === nodeId)
    .map((e) => (direction === "cause" ? e.source : e.target));
}

function byPosition(analysis: Analysis, ids: readonly string[]): AnalysisNode[] {
  return ids
    .map((id) => nodeById(analysis, id))
    .filter((n): n is AnalysisNode => n !== undefined)
    .map((n) => ({ node: n, at: absolutePosition(analysis, n) }))
    .sort((a, b) => a.at.x - b.at.x || a.at.y - b.at.y)
    .map(({ node }) => node);
}

/**
 * Where a new cause or symptom of `anchor` goes: one row below (causes) or above (symptoms),
 * to the right of the ones it already has, on a spot clear of every box.
 */
export function capturePosition(
  analysis: Analysis,
  anchor: AnalysisNode,
  direction: CaptureDirection,
): Position {
  const origin = absolutePosition(analysis, anchor);
  const y = origin.y + (direction === "cause" ? CAPTURE_GAP.y : -CAPTURE_GAP.y);
  const step = FACTOR_SIZE.width + CAPTURE_GAP.x;
  const existing = byPosition(analysis, linked(analysis, anchor.id, direction));
  const last = existing.at(-1);
  let x = last ? absolutePosition(analysis, last).x + step : origin.x;
  // Along the row to the right while that is free, else the nearest free spot.
  const boxes = topLevelBoxes(analysis);
  for (let i = 0; i < 20; i++) {
    const box = { x, y, ...FACTOR_SIZE };
    if (!boxes.some((b) => tooClose(box, b, PLACE_GAP))) return { x, y };
    x += step;
  }
  return freeSpot(boxes, FACTOR_SIZE, { x, y });
}

/**
 * Quick capture: a new factor with `label`, linked to `anchorId` as its cause (cause → anchor)
 * or its symptom (anchor → symptom), with that role. One operation, so one undo step.
 */
export function captureLinked(
  analysis: Analysis,
  anchorId: string,
  label: string,
  direction: CaptureDirection,
  ids: IdSource,
): { analysis: Analysis; nodeId: string | null } {
  const anchor = nodeById(analysis, anchorId);
  const text = label.trim();
  if (!anchor || text === "") return { analysis, nodeId: null };
  const position = capturePosition(analysis, anchor, direction);
  const added = addFactor(analysis, { label: text, role: direction, position }, ids);
  const [source, target] =
    direction === "cause" ? [added.nodeId, anchorId] : [anchorId, added.nodeId];
  return {
    analysis: connect(added.analysis, source, target, "causes", ids).analysis,
    nodeId: added.nodeId,
  };
}

/**
 * The nodes beside one in the tree, left to right, itself included: the other causes of what
 * it leads to, or else the other effects of its cause. Alone, it is its own only sibling.
 */
export function siblingsOf(analysis: Analysis, nodeId: string): AnalysisNode[] {
  const [effect] = linked(analysis, nodeId, "symptom");
  if (effect !== undefined) return byPosition(analysis, linked(analysis, effect, "cause"));
  const [cause] = linked(analysis, nodeId, "cause");
  if (cause !== undefined) return byPosition(analysis, linked(analysis, cause, "symptom"));
  const self = nodeById(analysis, nodeId);
  return self ? [self] : [];
}

/** The next (or previous) sibling, wrapping around; undefined when there is no other. */
export function nextSibling(analysis: Analysis, nodeId: string, step: 1 | -1): string | undefined {
  const siblings = siblingsOf(analysis, nodeId);
  if (siblings.length < 2) return undefined;
  const index = siblings.findIndex((n) => n.id === nodeId);
  return siblings[(index + step + siblings.length) % siblings.length]?.id;
}

/** One level down (its leftmost cause) or up (its leftmost effect) in the tree. */
export function treeNeighbour(
  analysis: Analysis,
  nodeId: string,
  direction: CaptureDirection,
): string | undefined {
  return byPosition(analysis, linked(analysis, nodeId, direction))[0]?.id;
}
