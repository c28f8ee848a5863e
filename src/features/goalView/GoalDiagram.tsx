import {
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from "@xyflow/react";
import { memo, useEffect, useMemo } from "react";
import type { GoalTree } from "../../domain/goals/goalTree";
import { ACTION_SIZE, GOAL_SIZE, goalTreeLayout } from "../../domain/goals/layout";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { READ_ONLY_FLOW } from "../canvas/readOnlyFlow";

type GoalCard = Node<{ title: string; tag: string; status: string; struck: boolean }, "goalCard">;

const GoalCardView = memo(function GoalCardView({ data }: NodeProps<GoalCard>) {
  return (
    <div className={`goal-card${data.struck ? " goal-card-struck" : ""}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <span className="goal-card-tag">{data.tag}</span>
      <span className="goal-card-title">{data.title}</span>
      {data.status && <span className="goal-card-status">{data.status}</span>}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});

const NODE_TYPES = { goalCard: GoalCardView };
const FIT = { padding: 0.1 };

/**
 * The goal tree drawn as the problem tree is: laid out by the same tree layout (means below,
 * the main goal's band in the middle, no overlap), links reading "draagt bij aan", actions
 * hanging under their goal. Read-only; clicking a card shows its evidence chain.
 */
export function GoalDiagram({ tree }: { tree: GoalTree }) {
  return (
    <ReactFlowProvider>
      <GoalFlow tree={tree} />
    </ReactFlowProvider>
  );
}

function GoalFlow({ tree }: { tree: GoalTree }) {
  const t = useT();
  const select = useAppStore((s) => s.selectGoalItem);
  const selection = useAppStore((s) => s.goalSelection);
  const positions = useMemo(() => goalTreeLayout(tree), [tree]);
  const nodes = useMemo<GoalCard[]>(
    () => [
      ...tree.goals.map((goal) => ({
        id: goal.id,
        type: "goalCard" as const,
        position: positions[goal.id] ?? { x: 0, y: 0 },
        width: GOAL_SIZE.width,
        height: GOAL_SIZE.height,
        selected: selection?.id === goal.id,
        className: `goal-node goal-kind-${goal.kind}`,
        data: {
          title: goal.text || goal.sourceText,
          tag: t(`goals.kind.${goal.kind}`),
          status: goal.status === "overgenomen" ? "" : t(`goals.status.${goal.status}`),
          struck: goal.status === "geschrapt",
        },
      })),
      ...tree.actions.map((action) => ({
        id: action.id,
        type: "goalCard" as const,
        position: positions[action.id] ?? { x: 0, y: 0 },
        width: ACTION_SIZE.width,
        height: ACTION_SIZE.height,
        selected: selection?.id === action.id,
        className: "goal-node action-node",
        data: {
          title: action.title || t("goals.action.untitled"),
          tag: [action.owner, action.horizon].filter(Boolean).join(" · ") || t("goals.actions"),
          status: t(`goals.action.status.${action.status}`),
          struck: false,
        },
      })),
    ],
    [tree, positions, selection, t],
  );
  const edges = useMemo<Edge[]>(() => {
    const label = t("goals.contributesTo");
    const goalIds = new Set(tree.goals.map((g) => g.id));
    const arrow = { type: MarkerType.ArrowClosed };
    return [
      ...tree.links.map((link) => ({
        id: link.id,
        source: link.source,
        target: link.target,
        label,
        markerEnd: arrow,
        className: "goal-link",
      })),
      ...tree.actions
        .filter((a) => a.goalId !== null && goalIds.has(a.goalId))
        .map((a) => ({
          id: `serves_${a.id}`,
          source: a.id,
          target: a.goalId as string,
          markerEnd: arrow,
          className: "action-link",
        })),
    ];
  }, [tree, t]);
  const kinds = useMemo(() => new Set(tree.actions.map((a) => a.id)), [tree.actions]);
  // Fitted to everything again when goals or actions come or go.
  const flow = useReactFlow();
  const count = nodes.length;
  useEffect(() => {
    if (count > 0) void flow.fitView(FIT);
  }, [count, flow]);

  return (
    <div className="goal-diagram" data-testid="goal-diagram">
      <ReactFlow<GoalCard, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        {...READ_ONLY_FLOW}
        onNodeClick={(_, node) =>
          select({ kind: kinds.has(node.id) ? "action" : "goal", id: node.id })
        }
        fitView
        fitViewOptions={FIT}
        minZoom={0.05}
        maxZoom={2}
        aria-label={t("goals.diagram")}
      />
    </div>
  );
}
