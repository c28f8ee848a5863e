import { type FormEvent, useState } from "react";
import { formatDate } from "../../i18n/dates";
import { saveSnapshot } from "../../persistence/snapshotRepo";
import { useSession } from "../../state/SessionProvider";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { NameForm } from "./NameForm";
import { useFocusOnReturn } from "./useFocusOnReturn";
import "./analysisNav.css";

/**
 * "Versie bewaren": stores the open analysis as it is now under a name, to come back to later
 * from the overview (restored as a copy, never over the analysis itself).
 */
export function SnapshotButton() {
  const t = useT();
  const session = useSession();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const button = useFocusOnReturn<HTMLButtonElement>();
  const db = session?.db ?? null;

  const close = () => {
    button.returnFocus();
    setName(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!db || name === null) return;
    const chosen = name.trim() || defaultName();
    const state = store.getState();
    try {
      await saveSnapshot(db, state.analysis, { id: state.ids.next("snapshot"), name: chosen });
      setMessage(t("snapshots.saved", { name: chosen }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage(t("analyses.failed", { message: reason }));
    }
    close();
  };

  const defaultName = () =>
    t("snapshots.defaultName", {
      date: formatDate(language, Date.now()),
    });

  return (
    <>
      {name === null ? (
        <button
          type="button"
          ref={button.ref}
          disabled={!db}
          title={db ? undefined : t("snapshots.memoryOnly")}
          onClick={() => {
            setMessage("");
            setName(defaultName());
          }}
        >
          {t("snapshots.save")}
        </button>
      ) : (
        <NameForm
          className="snapshot-form"
          label={t("snapshots.name")}
          saveLabel={t("snapshots.save")}
          maxLength={200}
          value={name}
          onChange={setName}
          onSubmit={submit}
          onCancel={close}
        />
      )}
      <span className="hint" role="status">
        {message}
      </span>
    </>
  );
}
