import { type FormEvent, useEffect, useRef, useState } from "react";
import type { MessageKey } from "../../i18n/messages";
import type { PictureFrame } from "../../io/picture/pictureSvg";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { downloadBlob } from "./download";
import {
  buildExport,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportSource,
  isPictureFormat,
} from "./exportFormats";
import { ImageTooLargeError } from "./picture/imageTooLarge";
import { buildPictureExport } from "./picture/pictureExport";
import { SLOW_MS } from "./useImportFile";
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

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; text: string; warning: string | null }
  | { kind: "failed"; text: string };

/**
 * "Analyse exporteren": pick a format (for pictures the frame — whole board or a 16:9 slide —,
 * the sharpness and whether only the selection), export, and get a download with the
 * analysis's name and the date. A slow export shows that it is busy; a picture too large for
 * the browser is made smaller and says so.
 */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = useAppStoreApi();
  const selectedCount = useAppStore((s) => s.selectedNodeIds.size);
  const isEmpty = useAppStore((s) => s.analysis.nodes.length === 0);
  const [format, setFormat] = useState<ExportFormat>("png");
  const [frame, setFrame] = useState<PictureFrame>("board");
  const [scale, setScale] = useState<number>(2);
  const [onlySelection, setOnlySelection] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [slow, setSlow] = useState(false);
  const open = useRef(true);

  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );

  useEffect(() => {
    if (status.kind !== "busy") return setSlow(false);
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [status.kind]);

  const source = (): ExportSource => {
    const s = store.getState();
    return {
      analysis: s.analysis,
      corpusId: s.corpusStatus.kind === "ready" ? s.corpusStatus.corpus.id : null,
      quotes: s.quotes,
      sizes: s.nodeSizes,
      selectedNodeIds: s.selectedNodeIds,
      language: s.language,
    };
  };
  const selection = onlySelection && selectedCount > 0;
  const picture = isPictureFormat(format);

  const failed = (error: unknown) => {
    const message =
      error instanceof ImageTooLargeError
        ? t("transfer.imageTooLarge", { width: error.width, height: error.height })
        : error instanceof Error
          ? error.message
          : String(error);
    setStatus({ kind: "failed", text: t("transfer.failed", { message }) });
  };

  const export_ = async () => {
    const from = source();
    const now = new Date();
    if (!isPictureFormat(format)) {
      const file = buildExport(format, from, { onlySelection: selection, now });
      return { file, warning: null };
    }
    const { file, png } = await buildPictureExport(format, from, {
      onlySelection: selection,
      frame,
      scale,
      now,
    });
    const warning = png?.lowered
      ? t("transfer.ratioLowered", {
          requested: png.requested,
          ratio: png.ratio,
          width: png.width,
          height: png.height,
        })
      : null;
    return { file, warning };
  };

  const run = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === "busy") return;
    setStatus({ kind: "busy" });
    // Let the busy state paint before the work blocks the thread.
    setTimeout(() => {
      export_().then(
        ({ file, warning }) => {
          if (!open.current) return;
          downloadBlob(file.blob, file.fileName);
          setStatus({ kind: "done", text: t("transfer.done", { file: file.fileName }), warning });
        },
        (error: unknown) => {
          if (open.current) failed(error);
        },
      );
    }, 0);
  };

  const busy = status.kind === "busy";
  return (
    <ModalDialog title={t("transfer.exportTitle")} onClose={onClose} className="transfer-dialog">
      <form onSubmit={run}>
        <fieldset disabled={busy}>
          <legend>{t("transfer.format")}</legend>
          {EXPORT_FORMATS.map((value) => (
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
        {picture && (
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
