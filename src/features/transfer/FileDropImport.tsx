import { useEffect, useState } from "react";
import { useT } from "../../state/useT";
import { ImportBusy } from "./ImportButton";
import { useImportFile } from "./useImportFile";
import "./transfer.css";

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

/**
 * A file dropped anywhere on the page is imported as a new analysis (the overview and the
 * workspace alike), instead of the browser leaving the app to show it. Quote drags, which carry
 * no files, are left alone.
 */
export function FileDropImport() {
  const t = useT();
  const { importFile, busy } = useImportFile();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [importFile]);

  return (
    <>
      {over && (
        <div className="file-drop-overlay" aria-hidden="true">
          <p>{t("transfer.dropHint")}</p>
        </div>
      )}
      {busy !== null && (
        <div className="transfer-busy-global">
          <ImportBusy file={busy} />
        </div>
      )}
    </>
  );
}
