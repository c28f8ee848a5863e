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
/** Three lines of the far-out type. */
const GIST_CHARS = 36;

const opening = (text: string, chars: number) =>
  text.length > chars ? `${text.slice(0, chars)}…` : text;

/**
 * A quote on the canvas. Cards have one fixed size (QUOTE_SIZE), whatever their text and zoom,
 * so layout and placement know what the screen shows; a long quote is clamped above its
 * footer and shown whole in its tooltip, in the node's label for screen readers (toFlow) and
 * in the evidence panel. Zoomed out cards show only a summary; further out a free card shows
 * its first words, large, and a card in a cluster nothing (the cluster's title, drawn large,
 * speaks for it), which also keeps thousands of cards cheap to draw.
 */
export const QuoteCardNode = memo(function QuoteCardNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const zoomLevel = useZoomLevel();
  if (data.node.kind !== "quote") return null;
  const { snapshot } = data.node;
  const className = `node quote-card${selected ? " selected" : ""}`;
  if (zoomLevel === "overview") {
    // A free card speaks for itself in a few large words; in a cluster the title does.
    return (
      <article className={`${className} summary`} data-node-id={data.node.id} style={QUOTE_SIZE}>
        <NodeHandles />
        {data.node.clusterId === null && (
          <p className="quote-card-gist">{opening(snapshot.text, GIST_CHARS)}</p>
        )}
      </article>
    );
  }
  if (zoomLevel === "summary") {
    const summary = opening(snapshot.text, SUMMARY_CHARS);
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
        <QuoteDriftFor node={data.node} compact />
      </footer>
    </article>
  );
});
