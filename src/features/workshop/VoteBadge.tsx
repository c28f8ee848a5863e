import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { voteOperation, voterOf } from "./voteOperation";
import { decodeVoteBadge, voteBadgeCode } from "./voteSelectors";

/**
 * A cluster's or factor's dots in the shown voting round; while the round is open, with buttons
 * to give a dot or take one back. Renders nothing when no round is shown.
 */
export function VoteBadge({ nodeId, name }: { nodeId: string; name: string }) {
  const t = useT();
  const change = useAppStore((s) => s.change);
  const voter = useAppStore(voterOf);
  const badge = decodeVoteBadge(useAppStore((s) => voteBadgeCode(s, nodeId)));
  if (!badge) return null;
  const label =
    badge.votes === 1 ? t("voting.countOne") : t("voting.count", { count: badge.votes });
  return (
    <span className={`vote-badge${badge.top ? " top" : ""}`} data-testid="vote-badge">
      {badge.open && (
        <button
          type="button"
          className="nodrag vote-button"
          aria-label={t("voting.remove", { name })}
          disabled={badge.votes === 0}
          onClick={() => change(voteOperation(nodeId, -1, voter))}
        >
          −
        </button>
      )}
      {/* role="img" with a label rather than clipped hidden text, which repaints the canvas. */}
      <span
        className="vote-count"
        role="img"
        aria-label={badge.top ? `${label}, ${t("voting.top")}` : label}
        title={label}
      >
        ● {badge.votes}
        {badge.top && <span className="vote-top">{t("voting.top")}</span>}
      </span>
      {badge.open && (
        <button
          type="button"
          className="nodrag vote-button"
          aria-label={t("voting.add", { name })}
          onClick={() => change(voteOperation(nodeId, 1, voter))}
        >
          +
        </button>
      )}
    </span>
  );
}
