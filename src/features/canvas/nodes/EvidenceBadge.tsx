import type { EvidenceCount } from "../../../domain/analysis/graph";
import { useT } from "../../../i18n/useT";

/** The number of distinct quotes behind a node, rolled up from the causes beneath it. */
export function EvidenceBadge({ evidence }: { evidence: EvidenceCount | null }) {
  const t = useT();
  if (!evidence) return null;
  const label = t("canvas.evidence", { count: evidence.rolledUp });
  return (
    <span className="evidence-badge" title={label} data-testid="evidence-count">
      <span aria-hidden="true">{evidence.rolledUp}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
