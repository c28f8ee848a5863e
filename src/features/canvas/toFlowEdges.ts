import { MarkerType } from "@xyflow/react";
import type { Analysis, AnalysisEdge, EdgeKind } from "../../domain/analysis/analysis";
import { collapsedClusterIds, type PlacedNode, placedNodes } from "../../domain/analysis/geometry";
import type { Point } from "../../domain/analysis/linkRoute";
import type { RoutedEnds } from "../../domain/analysis/linkRoutes";
import { facingSides } from "../../domain/analysis/linkSides";
import { LINK_STYLE } from "../../domain/analysis/roleStyle";
import type { FlowEdge } from "./flowTypes";

const EDGE_STYLE: Record<EdgeKind, { className: string; arrow: boolean }> = {
  causes: { className: "edge-causes", arrow: true },
  relates: { className: "edge-relates", arrow: false },
  contradicts: { className: "edge-contradicts", arrow: false },
};

/** Whether a link is drawn by OverviewLinks: it ends at a card its cluster draws itself. */
export const drawnByOverview = (edge: AnalysisEdge, drawnCards: ReadonlySet<string>) =>
  drawnCards.has(edge.source) || drawnCards.has(edge.target);

const NO_CARDS: ReadonlySet<string> = new Set();
const NO_ROUTES: ReadonlyMap<string, readonly Point[]> = new Map();

/** A link as drawn: between the boxes it is drawn to (see drawnBoard). */
export type DrawnLink = RoutedEnds & { edge: AnalysisEdge };

/** What the links are drawn between: worked out once per change of nodes or links, not per pan. */
export interface DrawnBoard {
  /** The links React Flow draws. */
  links: DrawnLink[];
  /** The links OverviewLinks draws: those to a card its cluster draws itself (far out). */
  overview: DrawnLink[];
  placed: PlacedNode[];
}

/**
 * The links React Flow draws, with the ends they are drawn between, and the drawn boxes: a
 * link to a card inside a collapsed cluster is drawn to the cluster, so collapsing never hides
 * a causal claim. Links to cards a cluster draws itself (zoomed far out) are kept apart, for
 * OverviewLinks.
 */
export function drawnBoard(
  content: Pick<Analysis, "nodes" | "edges">,
  drawnCards: ReadonlySet<string> = NO_CARDS,
): DrawnBoard {
  const collapsed = collapsedClusterIds(content);
  const collapsedParent = new Map<string, string>();
  if (collapsed.size > 0) {
    for (const node of content.nodes) {
      if (node.kind === "quote" && node.clusterId && collapsed.has(node.clusterId)) {
        collapsedParent.set(node.id, node.clusterId);
      }
    }
  }
  const links: DrawnLink[] = [];
  const overview: DrawnLink[] = [];
  for (const edge of content.edges) {
    (drawnByOverview(edge, drawnCards) ? overview : links).push({
      id: edge.id,
      source: collapsedParent.get(edge.source) ?? edge.source,
      target: collapsedParent.get(edge.target) ?? edge.target,
      edge,
    });
  }
  return { links, overview, placed: content.edges.length === 0 ? [] : placedNodes(content) };
}

/**
 * React Flow edges for a drawnBoard's links, each leaving and entering by the sides that face each
 * other and following its route around other boxes when one is known (useLinkRoutes).
 */
export function createEdgeMapper() {
  const cache = new WeakMap<
    AnalysisEdge,
    {
      selected: boolean;
      source: string;
      target: string;
      labels: object;
      sides: string;
      route: readonly Point[] | undefined;
      flow: FlowEdge;
    }
  >();
  let previous: FlowEdge[] = [];
  return function toFlowEdges(
    { links, placed }: DrawnBoard,
    selectedEdgeIds: ReadonlySet<string>,
    kindLabels: Record<EdgeKind, string>,
    routes: ReadonlyMap<string, readonly Point[]> = NO_ROUTES,
  ): FlowEdge[] {
    const boxes = new Map(placed.map((p) => [p.node.id, p.box]));
    const next = links.map(({ edge, source, target }) => {
      const selected = selectedEdgeIds.has(edge.id);
      const sourceBox = boxes.get(source);
      const targetBox = boxes.get(target);
      const facing =
        sourceBox && targetBox
          ? facingSides(sourceBox, targetBox)
          : ({ from: "top", to: "bottom" } as const);
      const sides = `${facing.from} ${facing.to}`;
      const route = routes.get(edge.id);
      const hit = cache.get(edge);
      if (
        hit &&
        hit.selected === selected &&
        hit.source === source &&
        hit.target === target &&
        hit.sides === sides &&
        hit.route === route &&
        hit.labels === kindLabels
      ) {
        return hit.flow;
      }
      const style = EDGE_STYLE[edge.kind];
      const flow: FlowEdge = {
        id: edge.id,
        type: "routed",
        source,
        target,
        // Leaves and enters by the sides that face each other, never looping behind a box.
        sourceHandle: facing.from,
        targetHandle: facing.to,
        selected,
        className: style.className,
        label: edge.label || undefined,
        // A white halo in CSS instead: the plate is measured once and would not follow the
        // label's zoom-dependent size.
        labelShowBg: false,
        ariaLabel: edge.label ? `${kindLabels[edge.kind]}: ${edge.label}` : kindLabels[edge.kind],
        data: route ? { edge, route } : { edge },
        ...(style.arrow
          ? {
              // The arrowhead in the link's own colour (React Flow's default is a pale grey).
              markerEnd: {
                type: MarkerType.ArrowClosed,
                width: 18,
                height: 18,
                color: LINK_STYLE[edge.kind].stroke,
              },
            }
          : {}),
      };
      cache.set(edge, { selected, source, target, labels: kindLabels, sides, route, flow });
      return flow;
    });
    // Same edges in the same order: keep the array, so React Flow does not rebuild its
    // connection lookup on every drag frame.
    if (next.length === previous.length && next.every((e, i) => e === previous[i])) return previous;
    previous = next;
    return next;
  };
}
