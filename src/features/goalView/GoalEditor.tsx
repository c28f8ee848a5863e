import { type KeyboardEvent, memo } from "react";
import { GOAL_STATUSES, type Goal, type GoalStatus } from "../../domain/goals/goalTree";
import { addAction, addGoal, setGoalStatus, setGoalText } from "../../domain/goals/operations";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { focusSoon, useFieldEdit, useGoalChange } from "./useGoalTree";

const KIND_ORDER = { main: 0, goal: 1, outcome: 2 } as const;

export const goalInputId = (goalId: string) => `goal-text-${goalId}`;
export const actionTitleId = (actionId: string) => `action-title-${actionId}`;

/** The goals in reading order: main goal, goals, outcomes; each kind in the order made. */
export function orderedGoals(goals: readonly Goal[]): Goal[] {
  return [...goals].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * The side-by-side editor: the negative statement from the problem tree (read-only) beside the
 * goal that answers it. Keyboard-first: Enter moves to the next goal (Tab does too, through
 * its status); focusing a goal shows its evidence chain.
 */
export function GoalEditor({ goals }: { goals: readonly Goal[] }) {
  const t = useT();
  const apply = useGoalChange();
  const select = useAppStore((s) => s.selectGoalItem);
  const ordered = orderedGoals(goals);
  const main = ordered.find((g) => g.kind === "main");

  const next = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const following = ordered[index + 1];
    if (following) document.getElementById(goalInputId(following.id))?.focus();
  };

  const onAddGoal = () => {
    let made = "";
    apply((analysis, ids) => {
      const result = addGoal(
        analysis,
        { text: t("goals.newGoal"), kind: "goal", contributesTo: main?.id ?? null },
        ids,
      );
      made = result.goalId;
      return result.analysis;
    });
    if (made) {
      select({ kind: "goal", id: made });
      focusSoon(goalInputId(made));
    }
  };

  return (
    <section className="goal-editor" aria-labelledby="goal-editor-heading">
      <h3 id="goal-editor-heading">{t("goals.editor")}</h3>
      <p className="panel-hint">{t("goals.editorHint")}</p>
      <div className="goal-rows">
        <div className="goal-row goal-row-head" aria-hidden="true">
          <span>{t("goals.negative")}</span>
          <span>{t("goals.positive")}</span>
          <span>{t("goals.status")}</span>
        </div>
        {ordered.map((goal, index) => (
          <GoalRow
            key={goal.id}
            goal={goal}
            onKeyDown={(event) => next(event, index)}
            onText={(text) => apply((a) => setGoalText(a, goal.id, text))}
            onStatus={(status) => apply((a) => setGoalStatus(a, goal.id, status))}
            onFocus={() => select({ kind: "goal", id: goal.id })}
            onAddAction={() => {
              let made = "";
              apply((analysis, ids) => {
                const result = addAction(analysis, { goalId: goal.id }, ids);
                made = result.actionId;
                return result.analysis;
              });
              if (made) {
                select({ kind: "action", id: made });
                focusSoon(actionTitleId(made));
              }
            }}
          />
        ))}
      </div>
      <button type="button" onClick={onAddGoal}>
        {t("goals.addGoal")}
      </button>
    </section>
  );
}

const GoalRow = memo(function GoalRow({
  goal,
  onKeyDown,
  onText,
  onStatus,
  onFocus,
  onAddAction,
}: {
  goal: Goal;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onText(text: string): void;
  onStatus(status: GoalStatus): void;
  onFocus(): void;
  onAddAction(): void;
}) {
  const t = useT();
  const source = goal.sourceId === null ? t("goals.noSource") : goal.sourceText;
  const fieldEdit = useFieldEdit();
  return (
    <div
      className={`goal-row goal-kind-${goal.kind} goal-status-${goal.status}`}
      data-testid="goal-row"
      {...fieldEdit}
    >
      <p className="goal-negative">
        <span className="goal-kind">{t(`goals.kind.${goal.kind}`)}</span> {source}
        {goal.sourceGone && <span className="goal-gone"> ({t("goals.sourceGone")})</span>}
      </p>
      <input
        id={goalInputId(goal.id)}
        className="goal-text"
        type="text"
        value={goal.text}
        aria-label={t("goals.goalText", { source })}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />
      <select
        value={goal.status}
        aria-label={t("goals.goalStatus", { goal: goal.text || source })}
        onChange={(event) => onStatus(event.target.value as GoalStatus)}
        onFocus={onFocus}
      >
        {GOAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`goals.status.${status}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="goal-add-action"
        aria-label={t("goals.addAction", { goal: goal.text || source })}
        onClick={onAddAction}
      >
        {t("goals.addActionShort")}
      </button>
    </div>
  );
});
