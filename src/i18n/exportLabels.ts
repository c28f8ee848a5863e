import type { ExportLabels } from "../io/exportLabels";
import type { PlanWords } from "../io/goalPlan";
import type { PictureLabels } from "../io/picture/pictureSvg";
import { type Language, translate } from "./messages";

/** The words exports write for roles, link kinds and page references, in the UI's language. */
export function exportLabels(language: Language): ExportLabels {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  return {
    role: (role) => t(role === null ? "canvas.role.none" : `canvas.role.${role}`),
    edge: (kind) => t(`canvas.edge.${kind}`),
    noteKind: (type) => t(`canvas.note.${type}`),
    reference: (s) => {
      // A theme whose title the source does not print is named by its number: "Thema 1.1".
      const section =
        s.section && s.sectionTitle === null
          ? t("library.untitledSection", { section: s.section })
          : [s.section, s.sectionTitle ?? ""].join(" ").trim();
      const page = s.page === null ? t("library.noPage") : t("library.page", { page: s.page });
      return section ? `${section}, ${page}` : page;
    },
  };
}

/** The export words plus the legend's, for the pictures (PNG, SVG, PDF). */
export function pictureLabels(language: Language): PictureLabels {
  return { ...exportLabels(language), countMeaning: translate(language, "transfer.legend.count") };
}

/** The words of the vision-and-action-plan draft and the action table. */
export function planWords(language: Language): PlanWords {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  return {
    heading: (title) =>
      t("goals.plan.heading", { title: title.trim() || t("goals.plan.untitled") }),
    mainGoal: t("goals.plan.mainGoal"),
    subGoals: t("goals.plan.subGoals"),
    outcomes: t("goals.plan.outcomes"),
    struck: t("goals.plan.struck"),
    looseActions: t("goals.plan.looseActions"),
    answers: t("goals.plan.answers"),
    actions: t("goals.plan.actions"),
    noActions: t("goals.plan.noActions"),
    evidence: t("goals.plan.evidence"),
    owner: t("goals.action.owner"),
    horizon: t("goals.action.horizon"),
    indicator: t("goals.action.indicator"),
    baseline: t("goals.plan.baseline"),
    target: t("goals.plan.target"),
    dataSource: t("goals.action.dataSource"),
    goalStatus: (status) => t(`goals.status.${status}`),
    actionStatus: (status) => t(`goals.action.status.${status}`),
    tableHeader: t("goals.plan.table").split("|"),
  };
}
