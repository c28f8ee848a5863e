import { EdgeToolbar, useInternalNode } from "@xyflow/react";
import { ArrowDownUp } from "lucide-react";
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

/** The centre of a node on the canvas, or null while it is not measured. */
function useNodeCentre(id: string): { x: number; y: number } | null {
  const node = useInternalNode(id);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
}

/** Kind, label and direction of the one selected link, in a popover beside its middle. */
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
    <EdgePopover edgeId={edge.id} source={edge.source} target={edge.target}>
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
            <ArrowDownUp size={16} aria-hidden="true" />
            {t("canvas.reverseEdge")}
          </button>
        )}
      </fieldset>
    </EdgePopover>
  );
}

function EdgePopover({
  edgeId,
  source,
  target,
  children,
}: {
  edgeId: string;
  source: string;
  target: string;
  children: React.ReactNode;
}) {
  const from = useNodeCentre(source);
  const to = useNodeCentre(target);
  if (!from || !to) return null;
  return (
    <EdgeToolbar
      edgeId={edgeId}
      x={(from.x + to.x) / 2}
      y={(from.y + to.y) / 2}
      alignX="left"
      isVisible
      className="edge-popover"
      // Keys typed here are the editor's, never canvas shortcuts.
      onKeyDown={(event) => event.stopPropagation()}
    >
      {children}
    </EdgeToolbar>
  );
}
