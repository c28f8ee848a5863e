import { useMemo } from "react";
import type { AnalysisNode, VotingRound } from "../../domain/analysis/analysis";
import { ranking, topVoted } from "../../domain/analysis/operations";
import { useAnalysisContent } from "../../state/useAnalysisContent";
import { useT } from "../../state/useT";
import { nodeDisplayName } from "../canvas/panels/nodeDisplayName";

/** A round's result: the elements with dots, most first, the top three marked. */
export function VotingRanking({ round }: { round: VotingRound }) {
  const t = useT();
  const analysis = useAnalysisContent();
  const ranked = useMemo(() => ranking(analysis, round), [analysis, round]);
  const top = topVoted(round);
  if (ranked.length === 0) return <p>{t("voting.noVotes")}</p>;
  return (
    <ol className="voting-ranking" data-testid="voting-ranking">
      {ranked.map(({ node, votes }: { node: AnalysisNode; votes: number }) => (
        <li key={node.id} className={top.has(node.id) ? "top" : undefined}>
          <span>{nodeDisplayName(node, t("canvas.untitled"))}</span>
          <span className="voting-total">
            {votes === 1 ? t("voting.countOne") : t("voting.count", { count: votes })}
          </span>
        </li>
      ))}
    </ol>
  );
}
