import type { ExportLabels } from "../io/exportLabels";
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
      const section = [s.section, s.sectionTitle ?? ""].join(" ").trim();
      const page = s.page === null ? t("library.noPage") : t("library.page", { page: s.page });
      return section ? `${section}, ${page}` : page;
    },
  };
}

/** The export words plus the legend's, for the pictures (PNG, SVG, PDF). */
export function pictureLabels(language: Language): PictureLabels {
  return { ...exportLabels(language), countMeaning: translate(language, "transfer.legend.count") };
}
