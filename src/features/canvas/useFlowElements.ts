import { useMemo } from "react";
import type { EdgeKind, NodeKind } from "../../domain/analysis/analysis";
import { evidenceCounts } from "../../domain/analysis/graph";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../state/StoreProvider";
import { createEdgeMapper, createNodeMapper } from "./toFlow";

/**
 * The nodes and edges React Flow renders, derived from the store. Evidence is recounted only
 * when links or cluster membership change, not on every drag frame.
 */
export function useFlowElements() {
  const t = useT();
  const analysis = useAppStore((s) => s.analysis);
  const selectedNodeIds = useAppStore((s) => s.selectedNodeIds);
  const selectedEdgeIds = useAppStore((s) => s.selectedEdgeIds);
  const sizes = useAppStore((s) => s.nodeSizes);
  const toNodes = useMemo(createNodeMapper, []);
  const toEdges = useMemo(createEdgeMapper, []);

  const structure = useMemo(() => {
    const parts: string[] = [];
    for (const n of analysis.nodes) {
      if (n.kind === "quote") parts.push(`${n.id}:${n.quoteId}:${n.clusterId ?? ""}`);
      else if (n.kind === "cluster" || n.kind === "factor") parts.push(n.id);
    }
    return parts.join("|");
  }, [analysis.nodes]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: recount only when the structure key or the links change
  const evidence = useMemo(() => evidenceCounts(analysis), [structure, analysis.edges]);

  const kindLabels = useMemo<Record<EdgeKind, string>>(
    () => ({
      causes: t("canvas.edge.causes"),
      relates: t("canvas.edge.relates"),
      contradicts: t("canvas.edge.contradicts"),
    }),
    [t],
  );
  const kindNames = useMemo<Record<NodeKind, string>>(
    () => ({
      quote: t("canvas.quote"),
      cluster: t("canvas.cluster"),
      factor: t("canvas.factor"),
      note: t("canvas.note"),
    }),
    [t],
  );
  const nodes = useMemo(
    () => toNodes({ analysis, selectedNodeIds, sizes, evidence, kindNames }),
    [toNodes, analysis, selectedNodeIds, sizes, evidence, kindNames],
  );
  const edges = useMemo(
    () => toEdges(analysis, selectedEdgeIds, kindLabels),
    [toEdges, analysis, selectedEdgeIds, kindLabels],
  );
  return { nodes, edges };
}
