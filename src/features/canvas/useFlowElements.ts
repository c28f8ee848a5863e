import { useMemo, useRef } from "react";
import type {
  Analysis,
  AnalysisNode,
  EdgeKind,
  NodeKind,
  QuoteNode,
} from "../../domain/analysis/analysis";
import {
  type EvidenceCount,
  evidenceCounts,
  sameEvidenceInputs,
} from "../../domain/analysis/graph";
import { useAppStore } from "../../state/StoreProvider";
import { useAnalysisApartFromView } from "../../state/useAnalysisContent";
import { useT } from "../../state/useT";
import { selectionsByNode } from "./peerSelections";
import { useLinkRoutes } from "./routing/useLinkRoutes";
import { cardsDrawnByClusters, createNodeMapper } from "./toFlow";
import { createEdgeMapper, drawnBoard } from "./toFlowEdges";

const NONE: ReadonlyMap<string, readonly QuoteNode[]> = new Map();

/**
 * The nodes and edges React Flow renders, derived from the store. With `overview` (zoomed
 * far out) expanded clusters draw their own cards; the links to those cards are left out of
 * `edges`, for OverviewLinks to draw from `board.overview`. `routes` holds every link's route.
 * `nodeDescriptionId`: React Flow's own node description, kept beside a colleague's selection.
 */
export function useFlowElements(overview: boolean, nodeDescriptionId?: string) {
  const t = useT();
  // Not rendered again by a pan or zoom, which writes only the viewport into the analysis.
  const analysis = useAnalysisApartFromView();
  const selectedNodeIds = useAppStore((s) => s.selectedNodeIds);
  const selectedEdgeIds = useAppStore((s) => s.selectedEdgeIds);
  const sizes = useAppStore((s) => s.nodeSizes);
  const peers = useAppStore((s) => s.peers);
  const peerSelected = useMemo(() => new Set(selectionsByNode(peers).keys()), [peers]);
  const toNodes = useMemo(createNodeMapper, []);
  const toEdges = useMemo(createEdgeMapper, []);

  // Recounted only when links or cards change, not on every drag frame.
  const counted = useRef<{ analysis: Analysis; evidence: Map<string, EvidenceCount> } | null>(null);
  const evidence = useMemo(() => {
    const last = counted.current;
    if (last && sameEvidenceInputs(last.analysis, analysis)) return last.evidence;
    const fresh = evidenceCounts(analysis);
    counted.current = { analysis, evidence: fresh };
    return fresh;
  }, [analysis]);

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
  // "Kwetsbare jongeren, Oorzaak, 3 citaten": what a screen reader says for a cluster or factor.
  const nodeName = useMemo(
    () => (node: AnalysisNode, evidence: EvidenceCount | undefined) => {
      const title = ("label" in node && node.label) || t("canvas.untitled");
      const role =
        "role" in node && node.role ? t(`canvas.role.${node.role}`) : t("canvas.role.none");
      const count = evidence ? evidence.own + evidence.rolledUp : 0;
      return `${title}, ${role}, ${t("canvas.evidence", { count })}`;
    },
    [t],
  );
  const drawnByClusters = useMemo(
    () => (overview ? cardsDrawnByClusters(analysis) : NONE),
    [overview, analysis],
  );
  const drawnCards = useMemo(
    () => new Set([...drawnByClusters.values()].flatMap((cards) => cards.map((c) => c.id))),
    [drawnByClusters],
  );
  const nodes = useMemo(
    () =>
      toNodes({
        analysis,
        selectedNodeIds,
        sizes,
        evidence,
        kindNames,
        nodeName,
        drawnByClusters,
        peerSelected,
        nodeDescriptionId,
      }),
    [
      toNodes,
      analysis,
      selectedNodeIds,
      sizes,
      evidence,
      kindNames,
      nodeName,
      drawnByClusters,
      peerSelected,
      nodeDescriptionId,
    ],
  );
  // Nodes and links only: a pan, which writes the viewport into the analysis, changes neither.
  const { nodes: analysisNodes, edges: analysisEdges } = analysis;
  const board = useMemo(
    () => drawnBoard({ nodes: analysisNodes, edges: analysisEdges }, drawnCards),
    [analysisNodes, analysisEdges, drawnCards],
  );
  const routes = useLinkRoutes(board);
  const edges = useMemo(
    () => toEdges(board, selectedEdgeIds, kindLabels, routes),
    [toEdges, board, selectedEdgeIds, kindLabels, routes],
  );
  return { nodes, edges, board, routes };
}
