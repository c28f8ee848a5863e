import { useMemo } from "react";
import {
  applyGoalTreeChange,
  type GoalTreeChange,
  goalTreeChanges,
} from "../../domain/goals/resync";
import type { MessageKey } from "../../i18n/messages";
import { useAnalysisContent } from "../../state/useAnalysisContent";
import { useT } from "../../state/useT";
import { useGoalChange } from "./useGoalTree";

const ACCEPT: Record<GoalTreeChange["kind"], MessageKey> = {
  added: "goals.change.addedAccept",
  merged: "goals.change.mergedAccept",
  relabelled: "goals.change.relabelledAccept",
  kindChanged: "goals.change.kindChangedAccept",
  gone: "goals.change.goneAccept",
};

/** What changed in the problem tree since the goal tree was made, each with its own offer. */
export function GoalChanges() {
  const t = useT();
  const analysis = useAnalysisContent();
  const apply = useGoalChange();
  const changes = useMemo(() => goalTreeChanges(analysis), [analysis]);
  if (changes.length === 0) return null;
  const goalText = (id: string) => analysis.goalTree?.goals.find((g) => g.id === id)?.text ?? "";
  const wording = (change: GoalTreeChange) => {
    switch (change.kind) {
      case "added":
        return t("goals.change.added", { text: change.text });
      case "merged":
        return t("goals.change.merged", {
          cause: change.text,
          goals: change.goalIds.map((id) => `‘${goalText(id)}’`).join(", "),
        });
      case "relabelled":
        return t("goals.change.relabelled", { from: change.from, to: change.to });
      case "kindChanged":
        return t("goals.change.kindChanged", { goal: goalText(change.goalId) });
      case "gone":
        return t("goals.change.gone", { goal: goalText(change.goalId) });
    }
  };
  return (
    <section className="goal-changes" aria-labelledby="goal-changes-heading">
      <h3 id="goal-changes-heading">{t("goals.changes")}</h3>
      <p className="panel-hint">{t("goals.changes.hint")}</p>
      <ul>
        {changes.map((change) => {
          const text = wording(change);
          return (
            <li key={`${change.kind}:${"goalId" in change ? change.goalId : change.sourceId}`}>
              <span>{text}</span>{" "}
              <button
                type="button"
                aria-label={`${t(ACCEPT[change.kind])}: ${text}`}
                onClick={() => apply((a, ids) => applyGoalTreeChange(a, change, ids))}
              >
                {t(ACCEPT[change.kind])}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
