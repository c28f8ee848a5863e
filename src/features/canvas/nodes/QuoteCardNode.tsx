import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { QUOTE_SIZE } from "../../../domain/layout/boxSizes";
import { useT } from "../../../state/useT";
import type { FlowNode } from "../flowTypes";
import { QuoteDriftFor } from "../QuoteDriftMark";
import { useZoomLevel } from "../zoomLevel";
import { NodeHandles } from "./NodeHandles";

/** About four lines of the summary's large type with the section: it fits the card unclipped. */
const SUMMARY_CHARS = 48;

/**
 * A quote on the canvas. Cards have one fixed size (QUOTE_SIZE), whatever their text and zoom,
 * so layout and placement know what the screen shows; a long quote is clamped above its
 * footer and shown whole in its tooltip, in the node's label for screen readers (toFlow) and
 * in the evidence panel. Zoomed out cards show only a summary, and further out only their
 * theme number, which is also what keeps thousands of cards cheap to draw.
 */
export const QuoteCardNode = memo(function QuoteCardNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const zoomLevel = useZoomLevel();
  if (data.node.kind !== "quote") return null;
  const { snapshot } = data.node;
  const className = `node quote-card${selected ? " selected" : ""}`;
  if (zoomLevel === "overview") {
    return (
      <article className={`${className} summary`} data-node-id={data.node.id} style={QUOTE_SIZE}>
        <NodeHandles />
        <p className="quote-card-theme">{snapshot.section}</p>
      </article>
    );
  }
  if (zoomLevel === "summary") {
    const summary =
      snapshot.text.length > SUMMARY_CHARS
        ? `${snapshot.text.slice(0, SUMMARY_CHARS)}…`
        : snapshot.text;
    return (
      <article className={`${className} summary`} data-node-id={data.node.id} style={QUOTE_SIZE}>
        <NodeHandles />
        <p className="quote-card-summary">
          <strong>{snapshot.section}</strong> {summary}
        </p>
      </article>
    );
  }
  return (
    <article className={className} data-node-id={data.node.id} style={QUOTE_SIZE}>
      <NodeHandles />
      <p className="quote-card-text" title={snapshot.text}>
        {snapshot.text}
      </p>
      <footer className="quote-card-meta">
        <span className="quote-card-source">
          {snapshot.section} {snapshot.sectionTitle ?? ""} ·{" "}
          {snapshot.page === null
            ? t("library.noPage")
            : t("library.page", { page: snapshot.page })}
        </span>
        <QuoteDriftFor node={data.node} />
      </footer>
    </article>
  );
});
