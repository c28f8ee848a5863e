import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import "./viewSwitch.css";

/** Probleemboom / Doelenboom: two views of the same analysis. */
export function ViewSwitch() {
  const t = useT();
  const goalView = useAppStore((s) => s.goalView);
  const setGoalView = useAppStore((s) => s.setGoalView);
  return (
    <fieldset className="segmented view-switch">
      <legend className="visually-hidden">{t("goals.view")}</legend>
      <button type="button" aria-pressed={!goalView} onClick={() => setGoalView(false)}>
        {t("goals.view.problem")}
      </button>
      <button type="button" aria-pressed={goalView} onClick={() => setGoalView(true)}>
        {t("goals.view.goals")}
      </button>
    </fieldset>
  );
}
