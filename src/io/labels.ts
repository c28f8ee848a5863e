import type { EdgeKind, QuoteSnapshot, Role } from "../domain/analysis/analysis";
import { type Language, translate } from "../i18n/messages";

/** The words exports write for roles, link kinds and page references, in the UI's language. */
export interface ExportLabels {
  role(role: Role | null): string;
  edge(kind: EdgeKind): string;
  /** "2.11 Titel, p. 21" */
  reference(snapshot: QuoteSnapshot): string;
}

export function exportLabels(language: Language): ExportLabels {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  return {
    role: (role) => t(role === null ? "canvas.role.none" : `canvas.role.${role}`),
    edge: (kind) => t(`canvas.edge.${kind}`),
    reference: (s) => {
      const section = [s.section, s.sectionTitle ?? ""].join(" ").trim();
      const page = s.page === null ? t("library.noPage") : t("library.page", { page: s.page });
      return section ? `${section}, ${page}` : page;
    },
  };
}
