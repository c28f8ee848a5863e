import { useEffect, useState } from "react";
import { EDGE_KINDS, type EdgeKind } from "../../domain/analysis/analysis";
import { reverseEdge, setEdgeKind, setEdgeLabel } from "../../domain/analysis/operations";
import type { MessageKey } from "../../i18n/messages";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";

const KIND_LABELS: Record<EdgeKind, MessageKey> = {
  causes: "canvas.edge.causes",
  relates: "canvas.edge.relates",
  contradicts: "canvas.edge.contradicts",
};

/** Kind, label and direction of the one selected link. */
export function EdgeEditor() {
  const t = useT();
  const edge = useAppStore((s) => {
    if (s.selectedEdgeIds.size !== 1) return undefined;
    const [id] = s.selectedEdgeIds;
    return s.analysis.edges.find((e) => e.id === id);
  });
  const change = useAppStore((s) => s.change);
  const [label, setLabel] = useState(edge?.label ?? "");
  useEffect(() => setLabel(edge?.label ?? ""), [edge?.label]);
  if (!edge) return null;

  return (
    <fieldset className="edge-editor">
      <legend className="visually-hidden">{t("canvas.edgeKind")}</legend>
      <label>
        <span>{t("canvas.edgeKind")}</span>
        <select
          value={edge.kind}
          onChange={(e) => change((a) => setEdgeKind(a, edge.id, e.target.value as EdgeKind))}
        >
          {EDGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_LABELS[kind])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("canvas.edgeLabel")}</span>
        <input
          type="text"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          onBlur={() => change((a) => setEdgeLabel(a, edge.id, label.trim()))}
          onKeyDown={(e) => {
            if (e.key === "Enter") change((a) => setEdgeLabel(a, edge.id, label.trim()));
          }}
        />
      </label>
      {edge.kind === "causes" && (
        <button type="button" onClick={() => change((a) => reverseEdge(a, edge.id))}>
          {t("canvas.reverseEdge")}
        </button>
      )}
    </fieldset>
  );
}
