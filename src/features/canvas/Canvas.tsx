import {
  ConnectionMode,
  Controls,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
  type OnConnect,
  ReactFlow,
  useReactFlow,
  useStore,
  type Viewport,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type DragEvent, type KeyboardEvent, type ReactNode, useCallback, useRef } from "react";
import type { Position } from "../../domain/analysis/analysis";
import type { Box } from "../../domain/analysis/geometry";
import { moveNodes } from "../../domain/analysis/operations";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { CanvasBackground } from "./CanvasBackground";
import { CanvasMiniMap } from "./CanvasMiniMap";
import type { CanvasCommands } from "./canvasCommands";
import { clusterOutlines, finishDrag } from "./cardDrag";
import { DragFitStatus, useDragFit } from "./dragFit";
import { FitUnseenContent } from "./FitUnseenContent";
import type { FlowEdge, FlowNode, Size } from "./flowTypes";
import { LinkModeBanner } from "./LinkModeBanner";
import { NODE_TYPES } from "./nodes";
import { OverviewLinks } from "./OverviewLinks";
import { PeerPresence, usePointerPresence } from "./PeerPresence";
import { readQuoteDrag } from "./quoteDrag";
import { EDGE_TYPES } from "./RoutedEdge";
import { useFlowAriaLabels } from "./useFlowAriaLabels";
import { useFlowElements } from "./useFlowElements";
import { useOpeningViewport } from "./useOpeningViewport";
import { useZoomVariable } from "./useZoomVariable";
import { OpeningZoomContext, useCanvasZoomLevel, ZoomLevelContext } from "./zoomLevel";

const SNAP_GRID: [number, number] = [16, 16];
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.2 };
const PRO_OPTIONS = { hideAttribution: true };

/** On an empty board: the three moves that build a problem tree. */
function EmptyCanvasHint() {
  const t = useT();
  return (
    <div className="canvas-empty">
      <p className="canvas-empty-title">{t("canvas.empty")}</p>
      <ol>
        <li>{t("canvas.onboarding.drag")}</li>
        <li>{t("canvas.onboarding.group")}</li>
        <li>{t("canvas.onboarding.link")}</li>
      </ol>
    </div>
  );
}

/** The selection after React Flow's select changes, in the order things were picked; null if none. */
function selectionAfter(
  current: ReadonlySet<string>,
  changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[],
): Set<string> | null {
  let selection: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== "select") continue;
    selection ??= new Set(current);
    if (change.selected) selection.add(change.id);
    else selection.delete(change.id);
  }
  return selection;
}

interface CanvasProps {
  commands: CanvasCommands;
  snapToGrid: boolean;
  onKeyDown(event: KeyboardEvent): void;
  /** Node components; the canvas bench wraps them in render counters. Keep it a constant. */
  nodeTypes?: NodeTypes;
  /** The overview map, when the person wants it (it is never drawn on an empty board). */
  showMiniMap?: boolean;
  /** Drawn inside the flow: the selection bar and the link editor, which float at what they edit. */
  children?: ReactNode;
}

export function Canvas({
  commands,
  snapToGrid,
  onKeyDown,
  nodeTypes = NODE_TYPES,
  showMiniMap = true,
  children,
}: CanvasProps) {
  const t = useT();
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const analysisId = useAppStore((s) => s.analysis.id);
  const initialViewport = useOpeningViewport();
  const isEmpty = useAppStore((s) => s.analysis.nodes.length === 0);
  const quotes = useAppStore((s) => s.quotes);
  // Zoomed out, dashes are too fine to see and costly to redraw on every pan frame.
  const zoomLevel = useCanvasZoomLevel(initialViewport.zoom);
  // React Flow describes every node (how to move it by keyboard); a colleague's selection adds to it.
  const nodeDescription = `react-flow__node-desc-${useStore((s) => s.rfId)}`;
  const { nodes, edges, board, routes } = useFlowElements(
    zoomLevel === "overview",
    nodeDescription,
  );
  // Counted on the analysis: zoomed far out React Flow gets only clusters and free nodes.
  const manyNodes = useAppStore((s) => s.analysis.nodes.length > 400);
  const ariaLabelConfig = useFlowAriaLabels();
  // Only full access moves, links and drops cards (a view-only link or a participant does not).
  const full = useAppStore((s) => s.editAccess === "full");
  const section = useRef<HTMLElement>(null);
  useZoomVariable(section);
  usePointerPresence(section);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const state = store.getState();
      const positions = new Map<string, Position>();
      const sizes = new Map<string, Size>();
      let dragging = false;
      for (const change of changes) {
        if (change.type === "position" && change.position) {
          positions.set(change.id, change.position);
          dragging ||= change.dragging === true;
        } else if (change.type === "dimensions" && change.dimensions) {
          sizes.set(change.id, change.dimensions);
        }
      }
      const selection = selectionAfter(state.selectedNodeIds, changes);
      if (positions.size > 0) {
        // During a drag positions stream in untracked; a keyboard nudge is its own undo step.
        if (dragging || state.dragOrigin) state.dragTo(positions);
        else state.change((a) => moveNodes(a, positions));
      }
      if (sizes.size > 0) state.setNodeSizes(sizes);
      if (selection) state.select(selection, state.selectedEdgeIds);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const state = store.getState();
      const selection = selectionAfter(state.selectedEdgeIds, changes);
      if (selection) state.select(state.selectedNodeIds, selection);
    },
    [store],
  );

  const onConnect = useCallback<OnConnect>(
    ({ source, target }) => commands.connect(source, target, "causes"),
    [commands],
  );

  const outlinesAtDragStart = useRef<Map<string, Box>>(new Map());

  const dragFit = useDragFit();

  const onNodeDragStart = useCallback(
    (_event: unknown, node: FlowNode, dragged: FlowNode[]) => {
      outlinesAtDragStart.current = clusterOutlines(flow);
      store.getState().beginDrag();
      // One quote card dragged: which clusters it fits best (several cards: no single answer).
      if (dragged.length <= 1 && node.data.node.kind === "quote")
        dragFit.start(node.data.node.quoteId);
    },
    [store, flow, dragFit],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: FlowNode, dragged: FlowNode[]) => {
      dragFit.end();
      finishDrag(
        store,
        dragged.map((n) => n.id),
        outlinesAtDragStart.current,
      );
    },
    [store, dragFit],
  );

  // Cards drawn by their cluster (zoomed far out) are no React Flow nodes to deselect.
  const onPaneClick = useCallback(() => store.getState().select([]), [store]);

  // While the view moves, every frame redraws the links in view; dashed ones cost twice what
  // solid ones do to redraw (a pan at zoom 0.5 missed frames), so they are drawn solid until it
  // stops (styles.css, [data-moving]). Set on the element, not rendered: nothing re-renders.
  const onMoveStart = useCallback(() => section.current?.setAttribute("data-moving", ""), []);
  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => {
      section.current?.removeAttribute("data-moving");
      store.getState().setViewport(viewport);
    },
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      dragFit.end();
      const quoteId = readQuoteDrag(event.dataTransfer);
      const quote = quoteId ? quotes.find((q) => q.id === quoteId) : undefined;
      if (!quote || store.getState().editAccess !== "full") return;
      event.preventDefault();
      commands.placeQuote(quote, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [commands, flow, quotes, dragFit, store],
  );

  return (
    <section
      ref={section}
      className={[
        "canvas flow-board",
        zoomLevel === "detail" ? "" : "zoomed-out",
        manyNodes ? "many-nodes" : "",
      ]
        .filter(Boolean)
        .join(" ")}
      id="canvas"
      tabIndex={-1}
      aria-label={t("canvas.label")}
      onKeyDown={onKeyDown}
      data-testid="canvas"
    >
      <OpeningZoomContext.Provider value={initialViewport.zoom}>
        <ZoomLevelContext.Provider value={zoomLevel}>
          <ReactFlow<FlowNode, FlowEdge>
            key={analysisId}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onNodeDragStart={onNodeDragStart}
            onNodeDragStop={onNodeDragStop}
            onPaneClick={onPaneClick}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            onDragOver={onDragOver}
            onDrop={onDrop}
            defaultViewport={initialViewport}
            connectionMode={ConnectionMode.Loose}
            nodesDraggable={full}
            nodesConnectable={full}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={["Shift", "Meta", "Control"]}
            selectionOnDrag={false}
            snapToGrid={snapToGrid}
            snapGrid={SNAP_GRID}
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={0.05}
            maxZoom={2.5}
            onlyRenderVisibleElements={manyNodes}
            proOptions={PRO_OPTIONS}
            aria-label={t("canvas.label")}
            ariaLabelConfig={ariaLabelConfig}
          >
            <CanvasBackground gap={SNAP_GRID[0]} />
            <Controls fitViewOptions={FIT_VIEW_OPTIONS} showInteractive={false} />
            {showMiniMap && !isEmpty && <CanvasMiniMap />}
            <OverviewLinks board={board} routes={routes} opening={initialViewport} />
            <FitUnseenContent opening={initialViewport} options={FIT_VIEW_OPTIONS} />
            <PeerPresence />
            {children}
          </ReactFlow>
        </ZoomLevelContext.Provider>
      </OpeningZoomContext.Provider>
      {isEmpty && <EmptyCanvasHint />}
      <LinkModeBanner />
      <DragFitStatus />
    </section>
  );
}
