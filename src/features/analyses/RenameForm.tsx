import { type FormEvent, useState } from "react";
import { useT } from "../../state/useT";
import { NameForm } from "./NameForm";

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
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = value.trim();
    if (title && title !== initial) onSave(title);
    else onCancel();
  };
  return (
    <NameForm
      className="rename-form"
      label={t("analyses.renameLabel")}
      saveLabel={t("analyses.save")}
      maxLength={300}
      value={value}
      onChange={setValue}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
