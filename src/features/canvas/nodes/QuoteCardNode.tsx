import type { NodeProps } from "@xyflow/react";
import { memo, useState } from "react";
import { useT } from "../../../state/useT";
import type { FlowNode } from "../flowTypes";
import { QuoteDriftFor } from "../QuoteDriftMark";
import { useZoomLevel } from "../zoomLevel";
import { NodeHandles } from "./NodeHandles";

const CLAMP_CHARS = 180;
/** About four lines of the summary's large type with the section: it fits the card unclipped. */
const SUMMARY_CHARS = 48;

/**
 * A quote on the canvas. Cards keep one size whether zoomed in or out (so clusters never
 * change shape with the zoom); zoomed out they show only a summary, and further out only their
 * theme number, which is also what keeps thousands of cards cheap to draw. Screen readers get
 * the quote from the node's label at every zoom (toFlow).
 */
export const QuoteCardNode = memo(function QuoteCardNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const zoomLevel = useZoomLevel();
  const [expanded, setExpanded] = useState(false);
  if (data.node.kind !== "quote") return null;
  const { snapshot } = data.node;
  const className = `node quote-card${selected ? " selected" : ""}${expanded ? " expanded" : ""}`;
  if (zoomLevel === "overview") {
    return (
      <article className={`${className} summary`} data-node-id={data.node.id}>
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
      <article className={`${className} summary`} data-node-id={data.node.id}>
        <NodeHandles />
        <p className="quote-card-summary">
          <strong>{snapshot.section}</strong> {summary}
        </p>
      </article>
    );
  }
  const long = snapshot.text.length > CLAMP_CHARS;
  return (
    <article className={className} data-node-id={data.node.id}>
      <NodeHandles />
      <p className={long && !expanded ? "quote-card-text clamped" : "quote-card-text"}>
        {snapshot.text}
      </p>
      <footer className="quote-card-meta">
        <span>
          {snapshot.section} {snapshot.sectionTitle ?? ""} ·{" "}
          {snapshot.page === null
            ? t("library.noPage")
            : t("library.page", { page: snapshot.page })}
        </span>
        <QuoteDriftFor node={data.node} />
        {long && (
          <button
            type="button"
            className="link-button nodrag"
            aria-expanded={expanded}
            onClick={() => setExpanded((v) => !v)}
          >
            {expanded ? t("canvas.showLess") : t("canvas.showFull")}
          </button>
        )}
      </footer>
    </article>
  );
});
