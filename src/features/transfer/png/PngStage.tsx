import {
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  type Viewport,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import type { Analysis, EdgeKind } from "../../../domain/analysis/analysis";
import { evidenceCounts } from "../../../domain/analysis/graph";
import type { Size } from "../../../domain/analysis/layoutGraph";
import type { FlowEdge, FlowNode } from "../../canvas/flowTypes";
import { NODE_TYPES } from "../../canvas/nodes";
import { createEdgeMapper, createNodeMapper } from "../../canvas/toFlow";
import { captureViewport, type PngResult } from "./capture";

export interface PngJob {
  /** What the picture shows (the whole analysis or the selected part). */
  shown: Analysis;
  /** The whole analysis, for evidence counts as on the canvas. */
  analysis: Analysis;
  sizes: ReadonlyMap<string, Size>;
  kindLabels: Record<EdgeKind, string>;
  ratio: number;
  caption: string;
  /** The Ontrafel JSON file the PNG carries. */
  analysisJson: string;
}

interface PngStageProps {
  job: PngJob;
  onDone(result: PngResult): void;
  onError(error: unknown): void;
}

const NONE: ReadonlySet<string> = new Set();
const KIND_NAMES = { quote: "quote", cluster: "cluster", factor: "factor", note: "note" } as const;
const AT_ONE: Viewport = { x: 0, y: 0, zoom: 1 };
const PRO_OPTIONS = { hideAttribution: true };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Renders the analysis off screen at zoom 1 (so every card is drawn in full, whatever the zoom
 * of the canvas, and none is culled), waits until React Flow has measured it, and captures it.
 */
export function PngStage(props: PngStageProps) {
  return createPortal(
    <div className="png-stage" aria-hidden="true" inert>
      <ReactFlowProvider>
        <StageFlow {...props} />
      </ReactFlowProvider>
    </div>,
    document.body,
  );
}

function StageFlow({ job, onDone, onError }: PngStageProps) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const initialised = useNodesInitialized();
  const container = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const nodes = useMemo(() => {
    // A variable, not a literal: the mapper's input may grow fields the stage has no use for.
    const input = {
      analysis: job.shown,
      selectedNodeIds: NONE,
      sizes: job.sizes,
      evidence: evidenceCounts(job.analysis),
      // The stage is hidden from screen readers; these names are never read out.
      kindNames: KIND_NAMES,
    };
    return createNodeMapper()(input);
  }, [job]);
  const edges = useMemo(() => createEdgeMapper()(job.shown, NONE, job.kindLabels), [job]);

  useEffect(() => {
    if (!initialised || started.current) return;
    started.current = true;
    (async () => {
      // Let React Flow apply what it measured and draw the links to the measured handles.
      await nextFrame();
      await nextFrame();
      const viewport = container.current?.querySelector<HTMLElement>(".react-flow__viewport");
      if (!viewport) throw new Error("no viewport to capture");
      const shown = flow.getNodes().filter((n) => !n.hidden);
      const bounds = flow.getNodesBounds(shown);
      onDone(await captureViewport(viewport, bounds, job.ratio, job.caption, job.analysisJson));
    })().catch(onError);
  }, [initialised, flow, job, onDone, onError]);

  return (
    <div ref={container} className="png-stage-flow">
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        defaultViewport={AT_ONE}
        minZoom={1}
        maxZoom={1}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        proOptions={PRO_OPTIONS}
      />
    </div>
  );
}
