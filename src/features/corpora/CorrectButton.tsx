import { lazy } from "react";
import type { Quote } from "../../domain/corpus/quote";
import { useT } from "../../state/useT";
import { useCorporaService } from "./CorporaServiceProvider";
import { DialogButton } from "./DialogButton";

const QuoteCorrectionDialog = lazy(() =>
  import("./QuoteCorrectionDialog").then((m) => ({ default: m.QuoteCorrectionDialog })),
);

/** "Corrigeren" on a quote in the library: opens the correction dialog for it. */
export function CorrectButton({ quote, focusable }: { quote: Quote; focusable: boolean }) {
  const t = useT();
  const service = useCorporaService();
  return (
    <DialogButton
      label={t("corrections.edit")}
      ariaLabel={t("corrections.editLabel", { excerpt: quote.text.slice(0, 60) })}
      className="link-button"
      disabled={service === null}
      tabIndex={focusable ? 0 : -1}
      dialog={(close) => <QuoteCorrectionDialog quote={quote} onClose={close} />}
    />
  );
}
