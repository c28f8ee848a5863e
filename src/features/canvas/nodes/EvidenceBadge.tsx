import type { EvidenceCount } from "../../../domain/analysis/graph";
import { useT } from "../../../state/useT";

/** The number of distinct quotes behind a node, rolled up from the causes beneath it. */
export function EvidenceBadge({ evidence }: { evidence: EvidenceCount | null }) {
  const t = useT();
  if (!evidence) return null;
  const label = t("canvas.evidence", { count: evidence.rolledUp });
  return (
    // role="img" with a label, not hidden text: a clipped element inside a node made the whole
    // canvas repaint on every pan frame.
    <span
      className="evidence-badge"
      role="img"
      aria-label={label}
      title={label}
      data-testid="evidence-count"
    >
      {evidence.rolledUp}
    </span>
  );
}
