import { memo } from "react";
import type { Role } from "../../../domain/analysis/analysis";
import type { MessageKey } from "../../../i18n/messages";
import { useT } from "../../../i18n/useT";

/** Each role has a shape as well as a colour, so colour is never the only signal. */
const ROLE_SHAPE: Record<Role, string> = { problem: "◆", cause: "▲", symptom: "●" };
const ROLE_NAME: Record<Role, MessageKey> = {
  problem: "canvas.role.problem",
  cause: "canvas.role.cause",
  symptom: "canvas.role.symptom",
};

export const RoleBadge = memo(function RoleBadge({ role }: { role: Role | null }) {
  const t = useT();
  if (role === null) return <span className="role-badge role-none">{t("canvas.role.none")}</span>;
  return (
    <span className={`role-badge role-${role}`}>
      <span aria-hidden="true">{ROLE_SHAPE[role]}</span> {t(ROLE_NAME[role])}
    </span>
  );
});
