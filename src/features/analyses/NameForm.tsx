import { type FormEvent, useId } from "react";
import { useT } from "../../state/useT";
import { selectOnMount } from "./selectOnMount";

/**
 * An inline form asking for a name: a labelled field (selected on opening), Enter or the save
 * button submits, Escape or Annuleren cancels. What a submitted name does is the caller's.
 */
export function NameForm({
  className,
  label,
  saveLabel,
  maxLength,
  value,
  onChange,
  onSubmit,
  onCancel,
}: {
  className: string;
  label: string;
  saveLabel: string;
  maxLength: number;
  value: string;
  onChange(value: string): void;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  return (
    <form
      className={className}
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={selectOnMount}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
      <button type="submit">{saveLabel}</button>
      <button type="button" onClick={onCancel}>
        {t("analyses.cancel")}
      </button>
    </form>
  );
}
