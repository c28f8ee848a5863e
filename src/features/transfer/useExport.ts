import { useCallback, useEffect, useRef, useState } from "react";
import type { PictureFrame } from "../../io/picture/pictureSvg";
import { useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { downloadBlob } from "./download";
import {
  buildExport,
  type ExportFormat,
  type ExportSource,
  isPictureFormat,
  type PictureSubject,
} from "./exportFormats";
import { ImageTooLargeError } from "./picture/imageTooLarge";
import { buildPictureExport } from "./picture/pictureExport";
import { SLOW_MS } from "./useImportFile";

export type ExportStatus =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; text: string; warning: string | null }
  | { kind: "failed"; text: string };

/** What the export form asks for. */
export interface ExportChoice {
  format: ExportFormat;
  frame: PictureFrame;
  scale: number;
  onlySelection: boolean;
}

/**
 * Runs an export the form asked for: builds the file from the store as it is now (a picture
 * of `subject` when given, else of the problem tree), downloads
 * it under the analysis's name and the date, and says how it went (`slow` once it takes long;
 * a picture too large for the browser is made smaller and says so). Nothing is reported after
 * the dialog has closed.
 */
export function useExport(subject?: PictureSubject) {
  const t = useT();
  const store = useAppStoreApi();
  const [status, setStatus] = useState<ExportStatus>({ kind: "idle" });
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

  const build = useCallback(
    async ({ format, frame, scale, onlySelection }: ExportChoice) => {
      const s = store.getState();
      const from: ExportSource = {
        analysis: s.analysis,
        corpusId: s.corpusStatus.kind === "ready" ? s.corpusStatus.corpus.id : null,
        quotes: s.quotes,
        sizes: s.nodeSizes,
        selectedNodeIds: s.selectedNodeIds,
        language: s.language,
      };
      const now = new Date();
      if (!isPictureFormat(format)) {
        return { file: buildExport(format, from, { onlySelection, now }), warning: null };
      }
      const { file, png } = await buildPictureExport(format, from, {
        onlySelection,
        frame,
        scale,
        now,
        subject,
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
    },
    [store, t, subject],
  );

  const failed = useCallback(
    (error: unknown) => {
      const message =
        error instanceof ImageTooLargeError
          ? t("transfer.imageTooLarge", { width: error.width, height: error.height })
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus({ kind: "failed", text: t("transfer.failed", { message }) });
    },
    [t],
  );

  const start = (choice: ExportChoice) => {
    if (status.kind === "busy") return;
    setStatus({ kind: "busy" });
    // Let the busy state paint before the work blocks the thread.
    setTimeout(() => {
      build(choice).then(
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

  return { status, slow, start };
}
