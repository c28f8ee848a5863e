import { memo } from "react";
import {
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  type Goal,
  type Indicator,
} from "../../domain/goals/goalTree";
import { removeAction, updateAction } from "../../domain/goals/operations";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { actionTitleId, orderedGoals } from "./GoalEditor";
import { useFieldEdit, useGoalChange } from "./useGoalTree";

/** The action plan: one form per action, the logframe fields included. */
export function ActionList({
  actions,
  goals,
}: {
  actions: readonly Action[];
  goals: readonly Goal[];
}) {
  const t = useT();
  const apply = useGoalChange();
  const select = useAppStore((s) => s.selectGoalItem);
  const ordered = orderedGoals(goals);
  return (
    <section className="action-list" aria-labelledby="action-list-heading">
      <h3 id="action-list-heading">{t("goals.actions")}</h3>
      {actions.length === 0 && <p className="panel-hint">{t("goals.noActionsYet")}</p>}
      {actions.map((action) => (
        <ActionForm
          key={action.id}
          action={action}
          goals={ordered}
          onChange={(patch) => apply((a) => updateAction(a, action.id, patch))}
          onRemove={() => apply((a) => removeAction(a, action.id))}
          onFocus={() => select({ kind: "action", id: action.id })}
        />
      ))}
    </section>
  );
}

const ActionForm = memo(function ActionForm({
  action,
  goals,
  onChange,
  onRemove,
  onFocus,
}: {
  action: Action;
  goals: readonly Goal[];
  onChange(patch: Partial<Omit<Action, "id">>): void;
  onRemove(): void;
  onFocus(): void;
}) {
  const t = useT();
  const title = action.title || t("goals.action.untitled");
  const fieldEdit = useFieldEdit();
  const field = (key: "title" | "owner" | "horizon", label: string, id?: string) => (
    <label>
      <span>{label}</span>
      <input
        id={id}
        type="text"
        value={action[key]}
        onChange={(event) => onChange({ [key]: event.target.value })}
      />
    </label>
  );
  const indicator = (key: keyof Indicator, label: string) => (
    <label>
      <span>{label}</span>
      <input
        type="text"
        value={action.indicator[key]}
        onChange={(event) =>
          onChange({ indicator: { ...action.indicator, [key]: event.target.value } })
        }
      />
    </label>
  );
  return (
    <fieldset
      className="action-form"
      data-testid="action-form"
      onFocus={() => {
        onFocus();
        fieldEdit.onFocus();
      }}
      onBlur={fieldEdit.onBlur}
    >
      <legend>{t("goals.action", { title })}</legend>
      {field("title", t("goals.action.title"), actionTitleId(action.id))}
      <label>
        <span>{t("goals.action.goal")}</span>
        <select
          value={action.goalId ?? ""}
          onChange={(event) => onChange({ goalId: event.target.value || null })}
        >
          <option value="">{t("goals.action.noGoal")}</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.text || goal.sourceText}
            </option>
          ))}
        </select>
      </label>
      {field("owner", t("goals.action.owner"))}
      {field("horizon", t("goals.action.horizon"))}
      <label>
        <span>{t("goals.action.status")}</span>
        <select
          value={action.status}
          onChange={(event) => onChange({ status: event.target.value as ActionStatus })}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`goals.action.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="action-indicator">
        <legend>{t("goals.action.indicator")}</legend>
        {indicator("name", t("goals.action.indicatorName"))}
        {indicator("baseline", t("goals.action.baseline"))}
        {indicator("target", t("goals.action.target"))}
        {indicator("source", t("goals.action.dataSource"))}
      </fieldset>
      <label className="action-note">
        <span>{t("goals.action.note")}</span>
        <textarea
          value={action.note}
          onChange={(event) => onChange({ note: event.target.value })}
        />
      </label>
      <button type="button" className="destructive" onClick={onRemove}>
        {t("goals.action.remove", { title })}
      </button>
    </fieldset>
  );
});
