import { useMemo, useRef, useState } from "react";
import { withGoalTree } from "../../domain/goals/derive";
import { exportLabels, planWords } from "../../i18n/exportLabels";
import { exportFileName } from "../../io/analysisFile";
import { actionTableCsv, goalPlanMarkdown } from "../../io/goalPlan";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useAnalysisContent } from "../../state/useAnalysisContent";
import { useT } from "../../state/useT";
import { downloadBlob } from "../transfer/download";
import { ExportDialog } from "../transfer/ExportDialog";
import { PresentButton } from "../workshop/WorkshopBar";
import { ActionList } from "./ActionList";
import { goalPictureSubject } from "./boardWords";
import { ChainPanel } from "./ChainPanel";
import { GoalChanges } from "./GoalChanges";
import { GoalDiagram } from "./GoalDiagram";
import { GoalEditor } from "./GoalEditor";
import { useGoalChange } from "./useGoalTree";
import "./goals.css";

/**
 * The goal view of an analysis: the goal tree drawn, what changed in the problem tree, the
 * side-by-side editor, the action plan and the evidence chain of what is selected; with the
 * two plan exports and the goal tree as a picture. Loaded on first use.
 */
export function GoalTreeView() {
  const t = useT();
  const analysis = useAnalysisContent();
  const apply = useGoalChange();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  // Goals and actions are edited with full access only: every field and button inside is off.
  const full = useAppStore((s) => s.editAccess === "full");
  const [downloaded, setDownloaded] = useState("");
  const tree = analysis.goalTree;

  const download = (kind: "md" | "csv") => {
    const current = store.getState().analysis;
    const words = planWords(language);
    const now = new Date();
    const text =
      kind === "md"
        ? goalPlanMarkdown(current, exportLabels(language), words)
        : actionTableCsv(current, words);
    const fileName = exportFileName(`${current.title || "analyse"} actieplan`, now, kind);
    downloadBlob(
      new Blob([text], { type: kind === "md" ? "text/markdown" : "text/csv" }),
      fileName,
    );
    setDownloaded(t("goals.export.done", { file: fileName }));
  };

  // The problem tree's export form, drawing the goal tree.
  const subject = useMemo(() => goalPictureSubject(t), [t]);
  const [exporting, setExporting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);

  return (
    <section className="goal-view" aria-labelledby="goal-view-heading" data-testid="goal-view">
      <div className="goal-view-bar">
        <h2 id="goal-view-heading">{t("goals.heading")}</h2>
        {tree && (
          <>
            <span className="goal-present">
              <PresentButton />
            </span>
            <button type="button" onClick={() => download("md")}>
              {t("goals.export.markdown")}
            </button>
            <button type="button" onClick={() => download("csv")}>
              {t("goals.export.csv")}
            </button>
            <button
              type="button"
              ref={exportButton}
              aria-haspopup="dialog"
              onClick={() => setExporting(true)}
            >
              {t("goals.export.picture")}
            </button>
          </>
        )}
        <p className="visually-hidden" role="status">
          {downloaded}
        </p>
      </div>
      {exporting && (
        <ExportDialog
          subject={subject}
          title={t("goals.export.title")}
          onClose={() => {
            setExporting(false);
            exportButton.current?.focus();
          }}
        />
      )}
      {tree ? (
        <div className="goal-view-body">
          <GoalDiagram analysis={analysis} />
          <div className="goal-view-columns">
            <fieldset className="goal-view-main" disabled={!full}>
              <legend className="visually-hidden">{t("goals.heading")}</legend>
              <GoalChanges />
              <GoalEditor goals={tree.goals} />
              <ActionList actions={tree.actions} goals={tree.goals} />
            </fieldset>
            <ChainPanel />
          </div>
        </div>
      ) : (
        <div className="goal-view-empty">
          <p>{t("goals.empty")}</p>
          <button
            disabled={!full}
            type="button"
            className="primary"
            onClick={() => apply((a, ids) => withGoalTree(a, ids))}
          >
            {t("goals.make")}
          </button>
        </div>
      )}
    </section>
  );
}

export default GoalTreeView;
