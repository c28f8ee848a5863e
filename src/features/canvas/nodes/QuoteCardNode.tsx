import type { NodeProps } from "@xyflow/react";
import { memo, useState } from "react";
import { useT } from "../../../i18n/useT";
import type { FlowNode } from "../flowTypes";
import { NodeHandles } from "./NodeHandles";

const CLAMP_CHARS = 180;

export const QuoteCardNode = memo(function QuoteCardNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  if (data.node.kind !== "quote") return null;
  const { snapshot } = data.node;
  const long = snapshot.text.length > CLAMP_CHARS;
  return (
    <article
      className={`node quote-card${selected ? " selected" : ""}`}
      aria-label={t("canvas.quote")}
    >
      <NodeHandles />
      <p className={long && !expanded ? "quote-card-text clamped" : "quote-card-text"}>
        {snapshot.text}
      </p>
      <footer className="quote-card-meta">
        <span>
          {snapshot.section} {snapshot.sectionTitle ?? ""}
        </span>
        <span>
          {snapshot.page === null
            ? t("library.noPage")
            : t("library.page", { page: snapshot.page })}
        </span>
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
