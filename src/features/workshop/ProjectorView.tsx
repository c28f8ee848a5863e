import { ConnectionMode, ReactFlow, ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { VoteBadge } from "./VoteBadge";
import "@xyflow/react/dist/style.css";
import { useEffect, useRef, useState } from "react";
import { roomViewState, type ViewRect } from "../../state/roomView";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import type { FlowEdge, FlowNode } from "../canvas/flowTypes";
import { NODE_TYPES } from "../canvas/nodes";
import { NodeBadgeProvider } from "../canvas/nodes/NodeBadgeSlot";
import { EDGE_TYPES } from "../canvas/RoutedEdge";
import { READ_ONLY_FLOW } from "../canvas/readOnlyFlow";
import { useFlowElements } from "../canvas/useFlowElements";
import { FocusHighlight } from "./FocusHighlight";
import { openProjectorChannel, readProjectorMessage } from "./projectorChannel";
import { TimerClock } from "./Timer";
import { VotingRanking } from "./VotingRanking";
import { shownRound } from "./voteSelectors";
import { PRESENTING_CLASS } from "./WorkshopLayer";
import "./workshop.css";

const FIT = { padding: 0.1 };

/**
 * The projector window (opened with ?projector): the analysis as the room sees it, following
 * the facilitator live — their visible area (or everything, fitted), selection, focus, shown
 * voting round and timer. Nothing here edits the analysis.
 */
export function ProjectorView() {
  return (
    <ReactFlowProvider>
      <NodeBadgeProvider badge={VoteBadge}>
        <ProjectorCanvas />
      </NodeBadgeProvider>
    </ReactFlowProvider>
  );
}

function ProjectorCanvas() {
  const t = useT();
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  // Every card a node of its own: the projector renders cards in full at any zoom.
  const { nodes, edges } = useFlowElements(false);
  const analysisId = useAppStore((s) => s.analysis.id);
  const [follow, setFollow] = useState(true);
  const followRef = useRef(follow);
  const lastView = useRef<ViewRect | null>(null);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(PRESENTING_CLASS, "projector");
    return () => root.classList.remove(PRESENTING_CLASS, "projector");
  }, []);

  useEffect(() => {
    followRef.current = follow;
    if (follow && lastView.current) void flow.fitBounds(lastView.current, { padding: 0 });
    else if (!follow) void flow.fitView(FIT);
  }, [follow, flow]);

  useEffect(() => {
    const channel = openProjectorChannel();
    if (!channel) return;
    const onMessage = (event: MessageEvent) => {
      const message = readProjectorMessage(event.data);
      if (message?.type !== "session" || message.analysisId !== store.getState().analysis.id)
        return;
      store.setState(roomViewState(message));
      lastView.current = message.view;
      if (followRef.current && message.view) void flow.fitBounds(message.view, { padding: 0 });
    };
    channel.addEventListener("message", onMessage);
    channel.postMessage({ type: "hello", analysisId });
    return () => {
      channel.removeEventListener("message", onMessage);
      channel.close();
    };
  }, [store, flow, analysisId]);

  // Fitted to everything: keep it so as the tree grows.
  const count = nodes.length;
  useEffect(() => {
    if (!followRef.current && count > 0) void flow.fitView(FIT);
  }, [count, flow]);

  return (
    <section className="projector-view" aria-label={t("projector.heading")} data-testid="projector">
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        {...READ_ONLY_FLOW}
        // Links name the handles they use by side, all of one type (canvas/NodeHandles).
        connectionMode={ConnectionMode.Loose}
        fitView
        fitViewOptions={FIT}
        minZoom={0.05}
        maxZoom={2.5}
        aria-label={t("projector.heading")}
      />
      <div className="projector-hud">
        <TimerClock />
        <fieldset className="projector-mode">
          <legend className="visually-hidden">{t("projector.view")}</legend>
          <button type="button" aria-pressed={follow} onClick={() => setFollow(true)}>
            {t("projector.follow")}
          </button>
          <button type="button" aria-pressed={!follow} onClick={() => setFollow(false)}>
            {t("projector.fit")}
          </button>
        </fieldset>
      </div>
      <ProjectorRanking />
      <FocusHighlight />
    </section>
  );
}

/**
 * A voting round's result for the room, once the round is closed (while it is open the dots
 * on the nodes show how it goes, without a list that could steer the last votes).
 */
function ProjectorRanking() {
  const t = useT();
  const round = useAppStore(shownRound);
  if (!round || round.closedAt === null) return null;
  const heading = t("voting.ranking", { name: round.name });
  return (
    <aside className="projector-ranking" aria-label={heading}>
      <h2>{heading}</h2>
      <VotingRanking round={round} />
    </aside>
  );
}
