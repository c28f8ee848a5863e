import type { Evidence } from "../../../domain/analysis/graph";
import type { MessageKey } from "../../../i18n/messages";

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function counted(t: Translate, count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, { count });
}

/** "12 citaten uit 3 thema's en 2 hoofdstukken", singular where the count is one. */
export function evidenceSummary(t: Translate, evidence: Evidence): string {
  return t("panels.evidence.summary", {
    quotes: counted(
      t,
      evidence.quoteIds.size,
      "panels.evidence.quotesOne",
      "panels.evidence.quotes",
    ),
    sections: counted(
      t,
      evidence.sections.size,
      "panels.evidence.sectionsOne",
      "panels.evidence.sections",
    ),
    chapters: counted(
      t,
      evidence.chapters.size,
      "panels.evidence.chaptersOne",
      "panels.evidence.chapters",
    ),
  });
}
