import type { MessageKey } from "../../i18n/messages";
import type { Repair } from "../../io/repair";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const REPAIR_KEYS: Record<Repair["kind"], MessageKey> = {
  danglingEdge: "transfer.repair.danglingEdge",
  duplicateNode: "transfer.repair.duplicateNode",
  duplicateEdge: "transfer.repair.duplicateEdge",
  danglingCluster: "transfer.repair.danglingCluster",
  danglingVote: "transfer.repair.danglingVote",
};

/** "Hersteld: 2 verbindingen naar ontbrekende elementen weggelaten; …." or "" when nothing was. */
export function repairSummary(t: T, repairs: readonly Repair[]): string {
  const counts = new Map<Repair["kind"], number>();
  for (const r of repairs) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  if (counts.size === 0) return "";
  const details = [...counts].map(([kind, count]) => t(REPAIR_KEYS[kind], { count })).join("; ");
  return t("transfer.repaired", { details });
}
