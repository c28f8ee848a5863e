import type { Analysis, AnalysisNode, Role } from "./analysis";
import { boundsOf } from "./geometry";

/** One shape of a thumbnail, in the preview's own coordinates (see PREVIEW_SIZE). */
export interface PreviewShape {
  id: string;
  kind: "quote" | "cluster" | "factor" | "note";
  role: Role | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreviewLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Preview {
  shapes: PreviewShape[];
  lines: PreviewLine[];
}

export const PREVIEW_SIZE = { width: 120, height: 80 } as const;
const MARGIN = 4;

/**
 * Rough card sizes in canvas units. The real sizes are measured in the browser and never stored,
 * and a thumbnail only has to show the shape of the tree.
 */
const SIZES: Record<AnalysisNode["kind"], { width: number; height: number }> = {
  quote: { width: 240, height: 90 },
  cluster: { width: 280, height: 180 },
  factor: { width: 200, height: 60 },
  note: { width: 200, height: 80 },
};

/**
 * A thumbnail of an analysis: top-level nodes as boxes (quote cards inside a cluster are drawn
 * by their cluster) and links as lines between box centres, scaled to fit PREVIEW_SIZE.
 */
export function previewOf(analysis: Analysis): Preview {
  const visible = analysis.nodes.filter((n) => n.kind !== "quote" || n.clusterId === null);
  if (visible.length === 0) return { shapes: [], lines: [] };
  const bounds = boundsOf(visible.map((node) => ({ ...node.position, ...SIZES[node.kind] })));
  const { x: minX, y: minY } = bounds;
  const maxX = minX + bounds.width;
  const maxY = minY + bounds.height;
  const innerW = PREVIEW_SIZE.width - 2 * MARGIN;
  const innerH = PREVIEW_SIZE.height - 2 * MARGIN;
  const scale = Math.min(innerW / (maxX - minX), innerH / (maxY - minY));
  // Centre the drawing when its aspect ratio differs from the thumbnail's.
  const offsetX = MARGIN + (innerW - (maxX - minX) * scale) / 2;
  const offsetY = MARGIN + (innerH - (maxY - minY) * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;

  const shapes: PreviewShape[] = visible.map((node) => {
    const size = SIZES[node.kind];
    return {
      id: node.id,
      kind: node.kind,
      role: node.kind === "cluster" || node.kind === "factor" ? node.role : null,
      x: round(offsetX + (node.position.x - minX) * scale),
      y: round(offsetY + (node.position.y - minY) * scale),
      width: round(Math.max(1, size.width * scale)),
      height: round(Math.max(1, size.height * scale)),
    };
  });

  const byId = new Map(shapes.map((s) => [s.id, s]));
  const clusterOf = new Map(
    analysis.nodes.flatMap((n) =>
      n.kind === "quote" && n.clusterId !== null ? [[n.id, n.clusterId] as const] : [],
    ),
  );
  const centre = (nodeId: string) => {
    const shape = byId.get(clusterOf.get(nodeId) ?? nodeId);
    return shape ? { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 } : null;
  };
  const lines: PreviewLine[] = [];
  for (const edge of analysis.edges) {
    const from = centre(edge.source);
    const to = centre(edge.target);
    if (!from || !to) continue;
    lines.push({
      id: edge.id,
      x1: round(from.x),
      y1: round(from.y),
      x2: round(to.x),
      y2: round(to.y),
    });
  }
  return { shapes, lines };
}
