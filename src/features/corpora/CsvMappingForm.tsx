import { Fragment, useId } from "react";
import { CSV_FIELDS, type CsvField, type SourceStep } from "../../domain/corpus/import";
import type { MessageKey } from "../../i18n/messages";
import { useT } from "../../state/useT";

type CsvStep = Extract<SourceStep, { kind: "csv" }>;
const PREVIEW_ROWS = 5;

/** The column mapping of a CSV with a preview of its first rows as they would be read. */
export function CsvMappingForm({
  fileName,
  step,
  error,
  onChange,
  onNext,
  onCancel,
}: {
  fileName: string;
  step: CsvStep;
  error: string | null;
  onChange(step: CsvStep): void;
  onNext(step: CsvStep): void;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const { headers, rows } = step.table;
  const mapped = CSV_FIELDS.filter((field) => step.mapping[field] !== null);
  const set = (field: CsvField, value: string) =>
    onChange({
      ...step,
      mapping: { ...step.mapping, [field]: value === "" ? null : Number(value) },
    });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onNext(step);
      }}
    >
      <h3>{t("corpora.csvHeading", { file: `‘${fileName}’` })}</h3>
      <p>{t("corpora.csvIntro")}</p>
      <div className="csv-mapping">
        {CSV_FIELDS.map((field) => (
          <Fragment key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`corpora.field.${field}` as MessageKey)}</label>
            <select
              id={`${id}-${field}`}
              value={step.mapping[field] ?? ""}
              onChange={(event) => set(field, event.target.value)}
            >
              <option value="">{t("corpora.csvNone")}</option>
              {headers.map((header, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional; two may share a name
                <option key={index} value={index}>
                  {header || `#${index + 1}`}
                </option>
              ))}
            </select>
          </Fragment>
        ))}
      </div>
      {error && (
        <p className="import-error" role="alert" data-testid="import-message">
          {error}
        </p>
      )}
      <h3>{t("corpora.csvPreview")}</h3>
      <table>
        <thead>
          <tr>
            {mapped.map((field) => (
              <th key={field} scope="col">
                {t(`corpora.field.${field}` as MessageKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: preview rows never reorder
            <tr key={r}>
              {mapped.map((field) => (
                <td key={field}>{row[step.mapping[field] ?? -1] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="submit">{t("corpora.csvNext")}</button>
        <button type="button" onClick={onCancel}>
          {t("corpora.cancel")}
        </button>
      </div>
    </form>
  );
}
