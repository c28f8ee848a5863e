import type { Correction } from "../../domain/corpus/corrections";
import { formatDate } from "../../i18n/dates";
import type { Language } from "../../i18n/messages";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { useCorporaService } from "./CorporaServiceProvider";
import { DialogButton } from "./DialogButton";
import "./corpora.css";

function correctionLabel(t: ReturnType<typeof useT>, c: Correction): string {
  return c.kind === "move"
    ? t("corrections.kind.move", { section: `${c.section} ${c.sectionTitle ?? ""}`.trim() })
    : t(`corrections.kind.${c.kind}`);
}

function when(language: Language, at: number): string {
  return formatDate(language, at);
}

/** "Correcties (n)" above the library: the corrections of the shown corpus, each undoable. */
export function CorrectionsButton() {
  const t = useT();
  const service = useCorporaService();
  const corrections = useAppStore((s) => s.corrections);
  const unused = useAppStore((s) => s.unusedCorrections);
  const language = useAppStore((s) => s.language);
  const status = useAppStore((s) => s.corpusStatus);
  return (
    <DialogButton
      label={t("corrections.listButton", { count: corrections.length })}
      className="link-button"
      disabled={service === null || status.kind !== "ready"}
      dialog={(close) =>
        service &&
        status.kind === "ready" && (
          <ModalDialog
            title={t("corrections.listHeading", { name: `‘${status.corpus.name}’` })}
            onClose={close}
            className="corpora-dialog"
          >
            <p>{t("corrections.listIntro")}</p>
            {corrections.length === 0 ? (
              <p>{t("corrections.empty")}</p>
            ) : (
              <ol className="correction-list" data-testid="correction-list">
                {[...corrections].reverse().map((c) => (
                  <li key={c.id}>
                    <strong>{correctionLabel(t, c)}</strong>: “{c.excerpt}”{" "}
                    <span className="hint">{when(language, c.createdAt)}</span>
                    {unused.includes(c) && (
                      <span className="unused"> · {t("corrections.unused")}</span>
                    )}{" "}
                    <button type="button" onClick={() => void service.undo(c.id)}>
                      {t("corrections.undo")}
                    </button>
                  </li>
                ))}
              </ol>
            )}
            <div className="actions">
              <button type="button" onClick={close}>
                {t("corrections.close")}
              </button>
            </div>
          </ModalDialog>
        )
      }
    />
  );
}
