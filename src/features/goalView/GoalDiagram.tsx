import {
  ConnectionMode,
  Controls,
  type NodeProps,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import {
  type CSSProperties,
  createContext,
  memo,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
} from "react";
import type { Analysis, AnalysisNode, EdgeKind, NodeKind } from "../../domain/analysis/analysis";
import { placedNodes } from "../../domain/analysis/geometry";
import { goalTreeBoard, ROLE_OF_GOAL_KIND } from "../../domain/goals/board";
import type { Action, Goal } from "../../domain/goals/goalTree";
import { ACTION_SIZE, GOAL_SIZE } from "../../domain/goals/layout";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import type { FlowEdge, FlowNode, Size } from "../canvas/flowTypes";
import { NodeHandles } from "../canvas/nodes/NodeHandles";
import { END_LABELLED_EDGE_TYPES } from "../canvas/RoutedEdge";
import { READ_ONLY_FLOW } from "../canvas/readOnlyFlow";
import { useLinkRoutes } from "../canvas/routing/useLinkRoutes";
import { createNodeMapper } from "../canvas/toFlow";
import { createEdgeMapper, drawnBoard } from "../canvas/toFlowEdges";
import { useFlowAriaLabels } from "../canvas/useFlowAriaLabels";
import { useZoomVariable } from "../canvas/useZoomVariable";
import {
  PRESENTED_TEXT_PX,
  type PresentedBoard,
  usePresentationMode,
} from "../workshop/WorkshopLayer";
import { goalBoardWords } from "./boardWords";

type Item = { kind: "goal"; goal: Goal } | { kind: "action"; action: Action };

/** The goals and actions of the drawn tree, by id: a card reads what it shows from here. */
const ItemsContext = createContext<ReadonlyMap<string, Item>>(new Map());

/**
 * The smallest text the problem tree puts on screen at any zoom (its link labels, canvas CSS):
 * zoomed out, card titles grow in the diagram so they never read smaller than this.
 */
export const MIN_SCREEN_TEXT_PX = 12;
/** A card's title at full size: the problem tree's factor title (styles.css `.factor`). */
const CARD_TEXT_PX = 14;
const LINE_HEIGHT = 1.25;
/** What a card leaves its title: its height less padding and border (and the meta line). */
const TITLE_ROOM = GOAL_SIZE.height - 22;
const META_ROOM = 22;

/**
 * The title's size in the diagram at `zoom`: never under `least` px on screen (12, or while
 * presenting what presenting guarantees the problem tree's text, 18).
 */
export function cardTextPx(zoom: number, least = MIN_SCREEN_TEXT_PX): number {
  return Math.max(CARD_TEXT_PX, Math.ceil(least / Math.max(zoom, 0.01)));
}

/** How the card's text is set at a title size: lines that fit, and whether the meta line does. */
function cardText(px: number) {
  const detail = px === CARD_TEXT_PX;
  const room = TITLE_ROOM - (detail ? META_ROOM : 0);
  return { detail, lines: Math.max(1, Math.floor(room / (px * LINE_HEIGHT))) };
}

interface CardProps {
  className: string;
  size: Size;
  title: string;
  struck: boolean;
  selected: boolean;
  /** The kind (a goal's, in its role colour) or the owner and horizon (an action's). */
  tag: { text: string; className: string };
  status: string;
}

/** A goal or action card: the problem tree's factor or note box, read-only. */
function card({ className, size, title, struck, selected, tag, status }: CardProps) {
  return (
    <div
      className={`node goal-node ${className}${struck ? " struck" : ""}${selected ? " selected" : ""}`}
      style={size}
      title={title}
    >
      <NodeHandles />
      <span className="goal-node-title">{title}</span>
      <span className="node-meta">
        {tag.text && <span className={tag.className}>{tag.text}</span>}
        {status && <span className="goal-node-status">{status}</span>}
      </span>
    </div>
  );
}

const ItemCard = memo(function ItemCard({ id, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const item = useContext(ItemsContext).get(id);
  if (!item) return null;
  if (item.kind === "goal") {
    const { goal } = item;
    const role = ROLE_OF_GOAL_KIND[goal.kind];
    return card({
      className: `factor role-${role}`,
      size: GOAL_SIZE,
      title: goal.text || goal.sourceText,
      struck: goal.status === "geschrapt",
      selected,
      tag: { text: t(`goals.kind.${goal.kind}`), className: `role-badge role-${role}` },
      status: goal.status === "overgenomen" ? "" : t(`goals.status.${goal.status}`),
    });
  }
  const { action } = item;
  return card({
    className: "note goal-action",
    size: ACTION_SIZE,
    title: action.title || t("goals.action.untitled"),
    struck: action.status === "stopped",
    selected,
    tag: { text: [action.owner, action.horizon].filter(Boolean).join(" · "), className: "" },
    status: t(`goals.action.status.${action.status}`),
  });
});

/** Goals are the board's factors, actions its notes (goalTreeBoard); both drawn by ItemCard. */
const NODE_TYPES: NodeTypes = { factor: ItemCard, note: ItemCard };
/**
 * Fitted, but never so far out that a title gets fewer than three lines (cardText): a larger
 * tree is shown from its middle, and panned or zoomed with the pointer or the controls.
 */
const FIT = { padding: 0.06, minZoom: 0.6, maxZoom: 1 };
const NOTHING: ReadonlyMap<string, never> = new Map<string, never>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The goal tree drawn as the problem tree is: its board (goalTreeBoard) laid out by the problem
 * tree's layout (means below, the main goal's band in the middle, no overlap), cards of the
 * problem tree's sizes, links routed around the boxes (useLinkRoutes) and reading "draagt bij
 * aan", actions below the goal they serve. Read-only; clicking a card shows its evidence chain.
 */
export function GoalDiagram({ analysis }: { analysis: Analysis }) {
  return (
    <ReactFlowProvider>
      <GoalFlow analysis={analysis} />
    </ReactFlowProvider>
  );
}

function GoalFlow({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const store = useAppStoreApi();
  const select = useAppStore((s) => s.selectGoalItem);
  const selection = useAppStore((s) => s.goalSelection);
  const words = useMemo(() => goalBoardWords(t), [t]);
  const board = useMemo(() => goalTreeBoard(analysis, words), [analysis, words]);
  const tree = analysis.goalTree;
  const items = useMemo(
    () =>
      new Map<string, Item>([
        ...(tree?.goals ?? []).map((goal) => [goal.id, { kind: "goal", goal }] as const),
        ...(tree?.actions ?? []).map((action) => [action.id, { kind: "action", action }] as const),
      ]),
    [tree],
  );
  const toNodes = useMemo(createNodeMapper, []);
  const toEdges = useMemo(createEdgeMapper, []);
  const selected = useMemo(() => (selection ? new Set([selection.id]) : NONE), [selection]);
  const kindNames = useMemo<Record<NodeKind, string>>(
    () => ({
      quote: t("canvas.quote"),
      cluster: t("canvas.cluster"),
      factor: t("goals.diagram.goal"),
      note: t("goals.diagram.action"),
    }),
    [t],
  );
  // "Signalen worden gedeeld, Doel, Herschreven": what a screen reader says for a goal.
  const nodeName = useMemo(
    () => (node: AnalysisNode) => {
      const item = items.get(node.id);
      if (item?.kind !== "goal") return "";
      const { goal } = item;
      return [
        goal.text || goal.sourceText,
        t(`goals.kind.${goal.kind}`),
        t(`goals.status.${goal.status}`),
      ].join(", ");
    },
    [items, t],
  );
  const nodes = useMemo(
    () =>
      toNodes({
        analysis: board,
        selectedNodeIds: selected,
        sizes: NOTHING,
        evidence: NOTHING,
        kindNames,
        nodeName,
      }),
    [toNodes, board, selected, kindNames, nodeName],
  );
  const drawn = useMemo(() => drawnBoard(board), [board]);
  const routes = useLinkRoutes(drawn);
  const kindLabels = useMemo<Record<EdgeKind, string>>(
    () => ({
      causes: t("goals.diagram.link"),
      relates: t("canvas.edge.relates"),
      contradicts: t("canvas.edge.contradicts"),
    }),
    [t],
  );
  const edges = useMemo(
    () => toEdges(drawn, NONE, kindLabels, routes),
    [toEdges, drawn, kindLabels, routes],
  );

  const ariaLabelConfig = useFlowAriaLabels();
  const element = useRef<HTMLDivElement>(null);
  useZoomVariable(element);
  const presenting = useAppStore((s) => s.presentation);
  const least = presenting ? PRESENTED_TEXT_PX : MIN_SCREEN_TEXT_PX;
  const textPx = useStore((s) => cardTextPx(s.transform[2], least));
  // Presented as the problem tree is: rank by rank, readable, from the main goal.
  const presented = useCallback<PresentedBoard>(
    () => ({ analysis: board, placed: placedNodes(board) }),
    [board],
  );
  usePresentationMode(presented);
  const text = cardText(textPx);

  // Fitted to everything again when goals or actions come or go, or the room changes.
  const flow = useReactFlow();
  const count = nodes.length;
  useEffect(() => {
    if (count > 0) void flow.fitView(FIT);
  }, [count, flow]);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === "undefined") return;
    // Not while presenting: presentation mode places the view itself.
    const observer = new ResizeObserver(() => {
      if (!store.getState().presentation) void flow.fitView(FIT);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [flow, store]);

  return (
    <div
      ref={element}
      className={`goal-diagram flow-board${text.detail ? " detail" : ""}`}
      data-testid="goal-diagram"
      style={{ "--goal-text": `${textPx}px`, "--goal-lines": text.lines } as CSSProperties}
    >
      <ItemsContext.Provider value={items}>
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={END_LABELLED_EDGE_TYPES}
          {...READ_ONLY_FLOW}
          // Links name the handles they use by side (canvas/NodeHandles), as on the canvas.
          connectionMode={ConnectionMode.Loose}
          onNodeClick={(_, node) =>
            select({ kind: items.get(node.id)?.kind === "action" ? "action" : "goal", id: node.id })
          }
          fitView
          fitViewOptions={FIT}
          minZoom={0.05}
          maxZoom={2}
          aria-label={t("goals.diagram")}
          ariaLabelConfig={ariaLabelConfig}
        >
          <Controls fitViewOptions={FIT} showInteractive={false} />
        </ReactFlow>
      </ItemsContext.Provider>
    </div>
  );
}
