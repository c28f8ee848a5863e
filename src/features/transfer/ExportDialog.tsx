import { type FormEvent, useState } from "react";
import type { MessageKey } from "../../i18n/messages";
import type { PictureFrame } from "../../io/picture/pictureSvg";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  isPictureFormat,
  type PictureSubject,
} from "./exportFormats";
import { useExport } from "./useExport";
import "./transfer.css";

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  png: "transfer.format.png",
  svg: "transfer.format.svg",
  pdf: "transfer.format.pdf",
  json: "transfer.format.json",
  canvas: "transfer.format.canvas",
  markdown: "transfer.format.markdown",
  csv: "transfer.format.csv",
};
const FRAMES: readonly PictureFrame[] = ["board", "slide"];
const SCALES = [1, 2, 3] as const;
const PICTURE_FORMATS = EXPORT_FORMATS.filter(isPictureFormat);

/**
 * "Analyse exporteren": the form. Pick a format (for pictures the frame — whole board or a
 * 16:9 slide —, the sharpness and whether only the selection); useExport builds and downloads
 * the file and says how it went. With a `subject` (the goal tree) the same form makes its
 * pictures.
 */
export function ExportDialog({
  onClose,
  subject,
  title,
}: {
  onClose(): void;
  /** Another board to draw (the goal tree): then only the picture formats, of all of it. */
  subject?: PictureSubject;
  title?: string;
}) {
  const t = useT();
  const problemSelection = useAppStore((s) => s.selectedNodeIds.size);
  const selectedCount = subject ? 0 : problemSelection;
  const isEmpty = useAppStore((s) => s.analysis.nodes.length === 0) && !subject;
  const formats = subject ? PICTURE_FORMATS : EXPORT_FORMATS;
  const [format, setFormat] = useState<ExportFormat>("png");
  const [frame, setFrame] = useState<PictureFrame>("board");
  const [scale, setScale] = useState<number>(2);
  const [onlySelection, setOnlySelection] = useState(false);
  const { status, slow, start } = useExport(subject);
  const selection = onlySelection && selectedCount > 0;
  const picture = isPictureFormat(format);

  const run = (event: FormEvent) => {
    event.preventDefault();
    start({ format, frame, scale, onlySelection: selection });
  };

  const busy = status.kind === "busy";
  return (
    <ModalDialog
      title={title ?? t("transfer.exportTitle")}
      onClose={onClose}
      className="transfer-dialog"
    >
      <form onSubmit={run}>
        <fieldset disabled={busy}>
          <legend>{t("transfer.format")}</legend>
          {formats.map((value) => (
            <label key={value} className="transfer-option">
              <input
                type="radio"
                name="format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />{" "}
              {t(FORMAT_LABELS[value])}
            </label>
          ))}
        </fieldset>
        {picture && (
          <fieldset disabled={busy} className="transfer-frame">
            <legend>{t("transfer.frame")}</legend>
            {FRAMES.map((value) => (
              <label key={value} className="transfer-option">
                <input
                  type="radio"
                  name="frame"
                  value={value}
                  checked={frame === value}
                  onChange={() => setFrame(value)}
                />{" "}
                {t(`transfer.frame.${value}`)}
              </label>
            ))}
          </fieldset>
        )}
        {format === "png" && (
          <fieldset disabled={busy} className="transfer-scale">
            <legend>{t("transfer.scale")}</legend>
            {SCALES.map((value) => (
              <label key={value} className="transfer-option">
                <input
                  type="radio"
                  name="scale"
                  value={value}
                  checked={scale === value}
                  onChange={() => setScale(value)}
                />{" "}
                {value}×
              </label>
            ))}
          </fieldset>
        )}
        {picture && !subject && (
          <label className="transfer-option">
            <input
              type="checkbox"
              checked={selection}
              disabled={busy || selectedCount === 0}
              onChange={(event) => setOnlySelection(event.target.checked)}
            />{" "}
            {t("transfer.onlySelection", { count: selectedCount })}
          </label>
        )}
        {picture && isEmpty && <p className="hint">{t("transfer.emptyCanvas")}</p>}
        <div className="transfer-status" role="status">
          {busy && slow && (
            <>
              <progress aria-hidden="true" /> {t("transfer.busy")}
            </>
          )}
          {status.kind === "done" && (
            <>
              <span>{status.text}</span>
              {status.warning && <strong className="transfer-warning"> {status.warning}</strong>}
            </>
          )}
        </div>
        {status.kind === "failed" && (
          <p className="transfer-error" role="alert">
            {status.text}
          </p>
        )}
        <div className="transfer-actions">
          <button type="submit" disabled={busy || (picture && isEmpty)}>
            {t("transfer.start")}
          </button>
          <button type="button" onClick={onClose}>
            {t("transfer.close")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
