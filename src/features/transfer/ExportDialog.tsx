import { type FormEvent, lazy, Suspense, useEffect, useRef, useState } from "react";
import type { MessageKey } from "../../i18n/messages";
import { analysisFileText, exportFileName, quotesUsed } from "../../io/analysisFile";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { downloadBlob } from "./download";
import {
  buildExport,
  captionFor,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportSource,
  exportedAnalysis,
} from "./exportFormats";
import type { PngResult } from "./png/capture";
import { ImageTooLargeError } from "./png/imageTooLarge";
import type { PngJob } from "./png/PngStage";
import { SLOW_MS } from "./useImportFile";
import "./transfer.css";

// html-to-image and the off-screen renderer load only when a PNG is made.
const PngStage = lazy(() => import("./png/PngStage").then((m) => ({ default: m.PngStage })));

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  png: "transfer.format.png",
  svg: "transfer.format.svg",
  json: "transfer.format.json",
  canvas: "transfer.format.canvas",
  markdown: "transfer.format.markdown",
  csv: "transfer.format.csv",
};
const SCALES = [1, 2, 3] as const;

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; text: string; warning: string | null }
  | { kind: "failed"; text: string };

/**
 * "Analyse exporteren": pick a format (and for images the sharpness and whether only the
 * selection), export, and get a download with the analysis's name and the date. A slow export
 * shows that it is busy; a picture too large for the browser is made smaller and says so.
 */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = useAppStoreApi();
  const selectedCount = useAppStore((s) => s.selectedNodeIds.size);
  const isEmpty = useAppStore((s) => s.analysis.nodes.length === 0);
  const [format, setFormat] = useState<ExportFormat>("png");
  const [scale, setScale] = useState<number>(2);
  const [onlySelection, setOnlySelection] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [slow, setSlow] = useState(false);
  const [png, setPng] = useState<{ job: PngJob; fileName: string } | null>(null);
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
  const image = format === "png" || format === "svg";

  const finished = (fileName: string, warning: string | null) =>
    setStatus({ kind: "done", text: t("transfer.done", { file: fileName }), warning });
  const failed = (error: unknown) => {
    const message =
      error instanceof ImageTooLargeError
        ? t("transfer.imageTooLarge", { width: error.width, height: error.height })
        : error instanceof Error
          ? error.message
          : String(error);
    setStatus({ kind: "failed", text: t("transfer.failed", { message }) });
  };

  const onPngDone = (result: PngResult) => {
    const fileName = png?.fileName ?? "ontrafel.png";
    setPng(null);
    if (!open.current) return;
    downloadBlob(result.blob, fileName);
    const warning = result.lowered
      ? t("transfer.ratioLowered", {
          requested: result.requested,
          ratio: result.ratio,
          width: result.width,
          height: result.height,
        })
      : null;
    finished(fileName, warning);
  };
  const onPngError = (error: unknown) => {
    setPng(null);
    failed(error);
  };

  const run = (event: FormEvent) => {
    event.preventDefault();
    if (status.kind === "busy") return;
    const from = source();
    const now = new Date();
    setStatus({ kind: "busy" });
    if (format === "png") {
      const s = store.getState();
      setPng({
        fileName: exportFileName(from.analysis.title, now, "png"),
        job: {
          shown: exportedAnalysis(from, selection),
          analysis: from.analysis,
          sizes: from.sizes,
          kindLabels: {
            causes: t("canvas.edge.causes"),
            relates: t("canvas.edge.relates"),
            contradicts: t("canvas.edge.contradicts"),
          },
          ratio: scale,
          caption: captionFor(from.analysis, s.language, now),
          analysisJson: analysisFileText(
            from.analysis,
            quotesUsed(from.analysis, from.corpusId, from.quotes),
            now,
          ),
        },
      });
      return;
    }
    // Let the busy state paint before the work blocks the thread.
    setTimeout(() => {
      try {
        const file = buildExport(format, from, { onlySelection: selection, now });
        downloadBlob(file.blob, file.fileName);
        finished(file.fileName, null);
      } catch (error) {
        failed(error);
      }
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
        {image && (
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
        {format === "png" && isEmpty && <p className="hint">{t("transfer.emptyCanvas")}</p>}
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
          <button type="submit" disabled={busy || (format === "png" && isEmpty)}>
            {t("transfer.start")}
          </button>
          <button type="button" onClick={onClose}>
            {t("transfer.close")}
          </button>
        </div>
      </form>
      {png && (
        <Suspense fallback={null}>
          <PngStage job={png.job} onDone={onPngDone} onError={onPngError} />
        </Suspense>
      )}
    </ModalDialog>
  );
}
