import { Upload } from "lucide-react";
import { useRef } from "react";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import { useImportFile } from "./useImportFile";
import "./transfer.css";

/** The file types the import reads: Ontrafel JSON, JSON Canvas, and PNGs Ontrafel exported. */
export const IMPORT_ACCEPT = ".json,.canvas,.png,application/json,image/png";

/** "Importeren…": choose a file to import as a new analysis; an icon in the canvas toolbar. */
export function ImportButton({ iconOnly = false }: { iconOnly?: boolean }) {
  const t = useT();
  const { importFile, busy } = useImportFile();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <IconButton
        icon={Upload}
        label={t("transfer.import")}
        showLabel={!iconOnly}
        onClick={() => input.current?.click()}
        disabled={busy !== null}
      />
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label={t("transfer.import")}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again imports it again.
          event.target.value = "";
          if (file) void importFile(file);
        }}
      />
      <ImportBusy file={busy} />
    </>
  );
}

/** Shown while a slow import runs. */
export function ImportBusy({ file }: { file: string | null }) {
  const t = useT();
  if (file === null) return null;
  return (
    <span className="transfer-busy" role="status">
      <progress aria-hidden="true" /> {t("transfer.importing", { file })}
    </span>
  );
}
