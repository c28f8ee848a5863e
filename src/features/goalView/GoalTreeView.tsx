import { useState } from "react";
import { goalTreeBoard, ROLE_OF_GOAL_KIND } from "../../domain/goals/board";
import { withGoalTree } from "../../domain/goals/derive";
import { GOAL_KINDS } from "../../domain/goals/goalTree";
import { exportLabels, pictureLabels, planWords } from "../../i18n/exportLabels";
import { analysisFileText, exportFileName, quotesUsed } from "../../io/analysisFile";
import { actionTableCsv, goalPlanMarkdown } from "../../io/goalPlan";
import { pictureSvg } from "../../io/picture/pictureSvg";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useAnalysisContent } from "../../state/useAnalysisContent";
import { useT } from "../../state/useT";
import { downloadBlob } from "../transfer/download";
import { pictureToPng } from "../transfer/picture/rasterize";
import { PresentButton } from "../workshop/WorkshopBar";
import { ActionList } from "./ActionList";
import { goalBoardWords } from "./boardWords";
import { ChainPanel } from "./ChainPanel";
import { GoalChanges } from "./GoalChanges";
import { GoalDiagram } from "./GoalDiagram";
import { GoalEditor } from "./GoalEditor";
import { useGoalChange } from "./useGoalTree";
import "./goals.css";

/**
 * The goal view of an analysis: the goal tree drawn, what changed in the problem tree, the
 * side-by-side editor, the action plan and the evidence chain of what is selected; with the
 * two plan exports. Loaded on first use.
 */
export function GoalTreeView() {
  const t = useT();
  const analysis = useAnalysisContent();
  const apply = useGoalChange();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
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

  /** The goal tree drawn by the problem tree's picture renderer; the PNG carries the analysis. */
  const downloadPicture = async () => {
    const current = store.getState().analysis;
    const now = new Date();
    const labels = pictureLabels(language);
    const kindOfRole = new Map(GOAL_KINDS.map((kind) => [ROLE_OF_GOAL_KIND[kind], kind]));
    const board = goalTreeBoard(current, goalBoardWords(t));
    const picture = pictureSvg(
      {
        analysis: board,
        evidence: new Map(),
        sizes: new Map(),
        labels: {
          ...labels,
          role: (role) => {
            const kind = role === null ? undefined : kindOfRole.get(role);
            return kind ? t(`goals.kind.${kind}`) : labels.role(role);
          },
          edge: (kind) => (kind === "causes" ? t("goals.contributesTo") : labels.edge(kind)),
        },
        title: current.title || t("canvas.untitled"),
        subtitle: t("goals.view.goals"),
      },
      "board",
    );
    const json = analysisFileText(current, quotesUsed(current, null, []), now);
    const png = await pictureToPng(picture, 2, json);
    const fileName = exportFileName(`${current.title || "analyse"} doelenboom`, now, "png");
    downloadBlob(png.blob, fileName);
    setDownloaded(t("goals.export.done", { file: fileName }));
  };

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
            <button type="button" onClick={() => void downloadPicture()}>
              {t("goals.export.png")}
            </button>
          </>
        )}
        <p className="visually-hidden" role="status">
          {downloaded}
        </p>
      </div>
      {tree ? (
        <div className="goal-view-body">
          <GoalDiagram analysis={analysis} />
          <div className="goal-view-columns">
            <div className="goal-view-main">
              <GoalChanges />
              <GoalEditor goals={tree.goals} />
              <ActionList actions={tree.actions} goals={tree.goals} />
            </div>
            <ChainPanel />
          </div>
        </div>
      ) : (
        <div className="goal-view-empty">
          <p>{t("goals.empty")}</p>
          <button
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
