import type { NodeKind, Role } from "../../domain/analysis/analysis";
import { type Box, boundsOf } from "../../domain/analysis/geometry";
import { DEFAULT_BOX_SIZES } from "../../domain/analysis/layoutGraph";
import type { FlowNode, Size } from "./flowTypes";

export interface MapBox extends Box {
  id: string;
  kind: NodeKind;
  role: Role | null;
}

/**
 * What the overview map draws: clusters and nodes outside clusters. A card inside a cluster
 * would be a speck inside its cluster's outline, and thousands of them cost more than the
 * canvas to redraw.
 */
export function topLevelBoxes(nodes: readonly FlowNode[]): MapBox[] {
  const boxes: MapBox[] = [];
  for (const node of nodes) {
    if (node.parentId || node.hidden) continue;
    const analysisNode = node.data.node;
    const size = node.measured ?? DEFAULT_BOX_SIZES[analysisNode.kind];
    boxes.push({
      id: node.id,
      kind: analysisNode.kind,
      role: "role" in analysisNode ? analysisNode.role : null,
      x: node.position.x,
      y: node.position.y,
      width: size.width ?? DEFAULT_BOX_SIZES[analysisNode.kind].width,
      height: size.height ?? DEFAULT_BOX_SIZES[analysisNode.kind].height,
    });
  }
  return boxes;
}

export interface MapView {
  /** React Flow's transform: screen = flow * zoom + (x, y). */
  x: number;
  y: number;
  zoom: number;
  /** The pane's size on screen. */
  width: number;
  height: number;
}

/**
 * The map's view box (every node and the visible area, centred, with a margin) and the
 * outline of the visible area, both in flow coordinates.
 */
export function mapFrame(
  boxes: readonly Box[],
  view: MapView,
  map: Size,
): { viewBox: Box; outline: Box } {
  const zoom = view.zoom > 0 ? view.zoom : 1;
  const outline = {
    x: -view.x / zoom,
    y: -view.y / zoom,
    width: view.width / zoom,
    height: view.height / zoom,
  };
  const bounds = boundsOf([outline, ...boxes]);
  // A margin of 3 % of the larger side, then the map's own aspect ratio, so that a point on
  // the map maps straight to the view box.
  const margin = 0.03 * Math.max(bounds.width, bounds.height);
  const padded = {
    width: bounds.width + 2 * margin,
    height: bounds.height + 2 * margin,
  };
  const scale = Math.max(padded.width / map.width, padded.height / map.height) || 1;
  const width = map.width * scale;
  const height = map.height * scale;
  return {
    viewBox: {
      x: bounds.x - (width - bounds.width) / 2,
      y: bounds.y - (height - bounds.height) / 2,
      width,
      height,
    },
    outline,
  };
}
