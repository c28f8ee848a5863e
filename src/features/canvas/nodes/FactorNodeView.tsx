import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { setLabel } from "../../../domain/analysis/operations";
import { FACTOR_SIZE } from "../../../domain/layout/boxSizes";
import { useAppStore } from "../../../state/StoreProvider";
import { useT } from "../../../state/useT";
import type { FlowNode } from "../flowTypes";
import { EditableText } from "./EditableText";
import { EvidenceBadge } from "./EvidenceBadge";
import { NodeBadgeSlot } from "./NodeBadgeSlot";
import { NodeHandles } from "./NodeHandles";
import { RoleBadge } from "./RoleBadge";

export const FactorNodeView = memo(function FactorNodeView({
  data,
  selected,
}: NodeProps<FlowNode>) {
  const t = useT();
  const change = useAppStore((s) => s.change);
  if (data.node.kind !== "factor") return null;
  const factor = data.node;
  const roleClass = factor.role ? ` role-${factor.role}` : "";
  return (
    <div
      className={`node factor${roleClass}${selected ? " selected" : ""}`}
      data-node-id={factor.id}
      style={FACTOR_SIZE}
      title={factor.label || undefined}
    >
      <NodeHandles />
      <EditableText
        nodeId={factor.id}
        value={factor.label}
        placeholder={t("canvas.untitled")}
        onCommit={(label) => change((a) => setLabel(a, factor.id, label))}
      />
      <div className="node-meta">
        <RoleBadge role={factor.role} />
        <EvidenceBadge evidence={data.evidence} />
        <NodeBadgeSlot nodeId={factor.id} name={factor.label || t("canvas.untitled")} />
      </div>
    </div>
  );
});
