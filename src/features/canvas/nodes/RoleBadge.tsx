import type { Role } from "../../../domain/analysis/analysis";
import type { MessageKey } from "../../../i18n/messages";
import { useT } from "../../../state/useT";

/** Role shapes, so a role never depends on colour alone (projectors, colour blindness). */
export const ROLE_ICONS: Record<Role, string> = { problem: "◆", cause: "▲", symptom: "●" };
export const ROLE_LABELS: Record<Role, MessageKey> = {
  problem: "canvas.role.problem",
  cause: "canvas.role.cause",
  symptom: "canvas.role.symptom",
};

export function RoleBadge({ role }: { role: Role | null }) {
  const t = useT();
  if (role === null) return <span className="role-badge role-none">{t("canvas.role.none")}</span>;
  return (
    <span className={`role-badge role-${role}`}>
      <span aria-hidden="true">{ROLE_ICONS[role]}</span> {t(ROLE_LABELS[role])}
    </span>
  );
}
