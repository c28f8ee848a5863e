import { type FormEvent, useId, useState } from "react";
import { useT } from "../../state/useT";
import { selectOnMount } from "./selectOnMount";

/** An inline form for a new name: Enter or Opslaan saves, Escape or Annuleren leaves it as it was. */
export function RenameForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave(title: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = value.trim();
    if (title && title !== initial) onSave(title);
    else onCancel();
  };
  return (
    <form
      className="rename-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{t("analyses.renameLabel")}</label>
      <input
        id={id}
        ref={selectOnMount}
        value={value}
        maxLength={300}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{t("analyses.save")}</button>
      <button type="button" onClick={onCancel}>
        {t("analyses.cancel")}
      </button>
    </form>
  );
}
