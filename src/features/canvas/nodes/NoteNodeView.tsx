import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { setLabel } from "../../../domain/analysis/operations";
import { useAppStore } from "../../../state/StoreProvider";
import { useT } from "../../../state/useT";
import type { FlowNode } from "../flowTypes";
import { EditableText } from "./EditableText";

export const NoteNodeView = memo(function NoteNodeView({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const change = useAppStore((s) => s.change);
  if (data.node.kind !== "note") return null;
  const note = data.node;
  return (
    <div
      className={`node note${selected ? " selected" : ""}`}
      role="note"
      aria-label={t("canvas.note")}
    >
      <EditableText
        nodeId={note.id}
        value={note.text}
        multiline
        placeholder={t("canvas.note")}
        onCommit={(text) => change((a) => setLabel(a, note.id, text))}
      />
    </div>
  );
});
