import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { referenceTarget } from "../../../domain/analysis/analysis";
import { setLabel } from "../../../domain/analysis/operations";
import { NOTE_SIZE } from "../../../domain/layout/boxSizes";
import { useAppStore } from "../../../state/StoreProvider";
import { useT } from "../../../state/useT";
import type { FlowNode } from "../flowTypes";
import { EditableText } from "./EditableText";
import { NodeHandles } from "./NodeHandles";

export const NoteNodeView = memo(function NoteNodeView({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const change = useAppStore((s) => s.change);
  if (data.node.kind !== "note") return null;
  const note = data.node;
  if (note.reference) {
    // A file or web page of another canvas tool: named, never opened or fetched.
    const kind = t(`canvas.note.${note.reference.type}`);
    const target = referenceTarget(note.reference);
    return (
      <div
        className={`node note reference${selected ? " selected" : ""}`}
        role="note"
        aria-label={`${kind}: ${target}`}
        style={NOTE_SIZE}
      >
        <NodeHandles />
        <span className="reference-kind">{kind}</span>
        <span className="reference-target">{target}</span>
      </div>
    );
  }
  return (
    <div
      className={`node note${selected ? " selected" : ""}`}
      role="note"
      aria-label={t("canvas.note")}
      style={NOTE_SIZE}
      title={note.text || undefined}
    >
      {/* Links to a note (an imported canvas has them) end at its handles, as on other nodes. */}
      <NodeHandles />
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
