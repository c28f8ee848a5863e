import { lazy } from "react";
import { useT } from "../../state/useT";
import { useCorporaService } from "./CorporaServiceProvider";
import { DialogButton } from "./DialogButton";

// The manager with the import parsers (papaparse, zod schemas) is its own chunk.
const CorpusManager = lazy(() =>
  import("./CorpusManager").then((m) => ({ default: m.CorpusManager })),
);

/** The way to the corpus manager: import, switch, rename, export, delete. */
export function CorporaButton() {
  const t = useT();
  const service = useCorporaService();
  return (
    <DialogButton
      label={t("corpora.open")}
      disabled={service === null}
      dialog={(close) => service && <CorpusManager service={service} onClose={close} />}
    />
  );
}
