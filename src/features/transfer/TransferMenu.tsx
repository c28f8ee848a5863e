import { Download } from "lucide-react";
import { lazy, Suspense, useRef, useState } from "react";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import { ImportButton } from "./ImportButton";

// The dialog and the export code behind it load on first use.
const ExportDialog = lazy(() =>
  import("./ExportDialog").then((m) => ({ default: m.ExportDialog })),
);

/** The workspace's way in and out: "Exporteren…" (a dialog) and "Importeren…". */
export function TransferMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <IconButton
        ref={button}
        icon={Download}
        label={t("transfer.export")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      />
      <ImportButton iconOnly />
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
