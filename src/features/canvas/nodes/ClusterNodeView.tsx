import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { setCollapsed, setLabel } from "../../../domain/analysis/operations";
import { useAppStore } from "../../../state/StoreProvider";
import { useT } from "../../../state/useT";
import type { FlowNode } from "../flowTypes";
import { EditableText } from "./EditableText";
import { EvidenceBadge } from "./EvidenceBadge";
import { NodeBadgeSlot } from "./NodeBadgeSlot";
import { NodeHandles } from "./NodeHandles";
import { OverviewCards } from "./OverviewCards";
import { RoleBadge } from "./RoleBadge";

export const ClusterNodeView = memo(function ClusterNodeView({
  data,
  selected,
}: NodeProps<FlowNode>) {
  const t = useT();
  const change = useAppStore((s) => s.change);
  const full = useAppStore((s) => s.editAccess === "full");
  // While a quote is dragged: 1 or 2 when this cluster is the best or second-best fit.
  const fitRank = useAppStore((s) => s.dragFit.indexOf(data.node.id) + 1);
  if (data.node.kind !== "cluster") return null;
  const cluster = data.node;
  const roleClass = cluster.role ? ` role-${cluster.role}` : "";
  return (
    <div
      className={`node cluster${roleClass}${cluster.collapsed ? " collapsed" : ""}${selected ? " selected" : ""}${fitRank > 0 ? " drag-fit" : ""}`}
      data-node-id={cluster.id}
      data-drag-fit={fitRank > 0 ? fitRank : undefined}
    >
      <NodeHandles />
      <header className="cluster-header">
        <EditableText
          nodeId={cluster.id}
          value={cluster.label}
          placeholder={t("canvas.untitled")}
          onCommit={(label) => change((a) => setLabel(a, cluster.id, label))}
        />
        <div className="node-meta">
          <RoleBadge role={cluster.role} />
          <span className="card-count">{t("canvas.cards", { count: data.cardCount })}</span>
          <EvidenceBadge evidence={data.evidence} />
          <NodeBadgeSlot nodeId={cluster.id} name={cluster.label || t("canvas.untitled")} />
          <button
            type="button"
            className="icon-button nodrag"
            disabled={!full}
            aria-expanded={!cluster.collapsed}
            aria-label={cluster.collapsed ? t("canvas.expand") : t("canvas.collapse")}
            onClick={() => change((a) => setCollapsed(a, cluster.id, !cluster.collapsed))}
          >
            {cluster.collapsed ? "▸" : "▾"}
          </button>
        </div>
      </header>
      {data.drawnCards && <OverviewCards cards={data.drawnCards} />}
    </div>
  );
});
