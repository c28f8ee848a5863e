import { nodeById } from "../../domain/analysis/operations";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { nodeDisplayName } from "./panels/nodeDisplayName";

/** Says what keyboard linking is waiting for, so the mode is never invisible. */
export function LinkModeBanner() {
  const t = useT();
  const source = useAppStore((s) =>
    s.linkSourceId ? nodeById(s.analysis, s.linkSourceId) : undefined,
  );
  if (!source) return <p className="visually-hidden" role="status" />;
  return (
    <p className="link-mode-banner" role="status">
      {t("canvas.linkMode", { name: nodeDisplayName(source, t("canvas.untitled")) })}
    </p>
  );
}
