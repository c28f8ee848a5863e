import type { EdgeKind, NoteReference, QuoteSnapshot, Role } from "../domain/analysis/analysis";

/** The words exports write for roles, link kinds and page references, in the UI's language (the words come from the catalogue, see i18n/exportLabels). */
export interface ExportLabels {
  role(role: Role | null): string;
  edge(kind: EdgeKind): string;
  /** "2.11 Titel, p. 21" */
  reference(snapshot: QuoteSnapshot): string;
  /** What a note from a JSON Canvas stands for: "Bestand", "Webpagina". */
  noteKind(type: NoteReference["type"]): string;
}
