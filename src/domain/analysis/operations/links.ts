import type { Analysis, AnalysisEdge, EdgeKind } from "../analysis";
import type { IdSource } from "../ids";
import { replaceWhere } from "./replaceWhere";

/**
 * Links two nodes. A self-link, a link to a missing node, or a second link of the same kind
 * between the same pair (either way round for the undirected kinds) changes nothing.
 */
export function connect(
  analysis: Analysis,
  source: string,
  target: string,
  kind: EdgeKind,
  ids: IdSource,
): { analysis: Analysis; edgeId: string | null } {
  const exists = (id: string) => analysis.nodes.some((n) => n.id === id);
  if (source === target || !exists(source) || !exists(target)) return { analysis, edgeId: null };
  const duplicate = analysis.edges.some(
    (e) =>
      e.kind === kind &&
      ((e.source === source && e.target === target) ||
        (kind !== "causes" && e.source === target && e.target === source)),
  );
  if (duplicate) return { analysis, edgeId: null };
  const edge: AnalysisEdge = { id: ids.next("link"), source, target, kind, label: "" };
  return { analysis: { ...analysis, edges: [...analysis.edges, edge] }, edgeId: edge.id };
}

function mapEdge(
  analysis: Analysis,
  edgeId: string,
  update: (edge: AnalysisEdge) => AnalysisEdge,
): Analysis {
  const edges = replaceWhere(analysis.edges, (edge) => edge.id === edgeId, update);
  return edges === analysis.edges ? analysis : { ...analysis, edges };
}

export function setEdgeKind(analysis: Analysis, edgeId: string, kind: EdgeKind): Analysis {
  return mapEdge(analysis, edgeId, (e) => (e.kind === kind ? e : { ...e, kind }));
}

export function setEdgeLabel(analysis: Analysis, edgeId: string, label: string): Analysis {
  return mapEdge(analysis, edgeId, (e) => (e.label === label ? e : { ...e, label }));
}

/** Turns a "leads to" arrow around. */
export function reverseEdge(analysis: Analysis, edgeId: string): Analysis {
  return mapEdge(analysis, edgeId, (e) => ({ ...e, source: e.target, target: e.source }));
}
