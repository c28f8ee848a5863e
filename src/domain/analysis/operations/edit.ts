import type { Analysis, Position, Role } from "../analysis";
import { mapNodes } from "./nodes";

/** Gives clusters and factors among `nodeIds` a role; other kinds have no role and are skipped. */
export function setRole(
  analysis: Analysis,
  nodeIds: readonly string[],
  role: Role | null,
): Analysis {
  return mapNodes(analysis, new Set(nodeIds), (node) =>
    (node.kind === "cluster" || node.kind === "factor") && node.role !== role
      ? { ...node, role }
      : node,
  );
}

/** The editable text of a node: a cluster's or factor's label, a note's text. */
export function setLabel(analysis: Analysis, nodeId: string, label: string): Analysis {
  return mapNodes(analysis, new Set([nodeId]), (node) => {
    if ((node.kind === "cluster" || node.kind === "factor") && node.label !== label) {
      return { ...node, label };
    }
    if (node.kind === "note" && node.text !== label) return { ...node, text: label };
    return node;
  });
}

/** Moves nodes to new positions (in their own frame: cards in a cluster relative to it). */
export function moveNodes(analysis: Analysis, positions: ReadonlyMap<string, Position>): Analysis {
  return mapNodes(analysis, new Set(positions.keys()), (node) => {
    const to = positions.get(node.id) as Position;
    return to.x === node.position.x && to.y === node.position.y ? node : { ...node, position: to };
  });
}

export function setTitle(analysis: Analysis, title: string): Analysis {
  return analysis.title === title ? analysis : { ...analysis, title };
}
