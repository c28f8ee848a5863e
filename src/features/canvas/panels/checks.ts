import type { Analysis, AnalysisEdge } from "../../../domain/analysis/analysis";
import {
  causalCycles,
  clustersWithoutRole,
  hasProblemNode,
  orphanNodes,
} from "../../../domain/analysis/graph";

/** One thing the checks panel reports; `nodeIds` are what selecting the finding selects. */
export type Finding =
  | { kind: "cycle"; nodeIds: string[]; loop: string[] }
  | { kind: "orphans"; nodeIds: string[] }
  | { kind: "roleless"; nodeIds: string[] }
  | { kind: "noProblem"; nodeIds: [] };

/**
 * A loop through the first node of a cycle group, shortest first, following `causes` links
 * inside the group. A group can hold more nodes than one loop visits; those stay in `nodeIds`.
 */
export function loopThrough(group: readonly string[], edges: readonly AnalysisEdge[]): string[] {
  const start = group[0];
  if (start === undefined) return [];
  const inGroup = new Set(group);
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind !== "causes" || !inGroup.has(e.source) || !inGroup.has(e.target)) continue;
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  }
  // Breadth-first from the start; the first way back to it is the shortest loop.
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const target of next.get(node) ?? []) {
      if (target === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(cameFrom.get(loop[0] as string) as string);
        return loop;
      }
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, node);
      queue.push(target);
    }
  }
  return [...group];
}

/** What the checks panel lists for an analysis, in the order an analyst would fix them. */
export function findingsOf(analysis: Analysis): Finding[] {
  if (analysis.nodes.length === 0) return [];
  const findings: Finding[] = causalCycles(analysis).map((group) => ({
    kind: "cycle",
    nodeIds: group,
    loop: loopThrough(group, analysis.edges),
  }));
  if (!hasProblemNode(analysis)) findings.push({ kind: "noProblem", nodeIds: [] });
  const roleless = clustersWithoutRole(analysis).map((n) => n.id);
  if (roleless.length > 0) findings.push({ kind: "roleless", nodeIds: roleless });
  const orphans = orphanNodes(analysis).map((n) => n.id);
  if (orphans.length > 0) findings.push({ kind: "orphans", nodeIds: orphans });
  return findings;
}
