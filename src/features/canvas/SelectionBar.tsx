import { NodeToolbar, Position } from "@xyflow/react";
import { Group, LayoutGrid, Link2, Trash2, Ungroup } from "lucide-react";
import { ROLES, type Role } from "../../domain/analysis/analysis";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import type { CanvasCommands } from "./canvasCommands";
import { ROLE_ICONS, ROLE_LABELS } from "./nodes/RoleBadge";

const ROLE_KEYS: Record<Role, string> = { problem: "1", cause: "2", symptom: "3" };

/** The selected nodes' ids, in the order they were picked; the same array while unchanged. */
const selectIds = (s: { selectedNodeIds: ReadonlySet<string> }) => s.selectedNodeIds;

/**
 * What can be done with the selection, floating to the right of it (never over the links and
 * handles above and below): group, role, tidy, link, delete. Each action names its key.
 */
export function SelectionBar({
  commands,
  onTidySelection,
  busy,
}: {
  commands: CanvasCommands;
  onTidySelection(): void;
  busy: boolean;
}) {
  const t = useT();
  const selected = useAppStore(selectIds);
  const dragging = useAppStore((s) => s.dragOrigin !== null);
  const editing = useAppStore((s) => s.editingNodeId !== null);
  const full = useAppStore((s) => s.editAccess === "full");
  const ids = [...selected];
  if (ids.length === 0 || !full) return null;
  const count = ids.length;
  return (
    <NodeToolbar
      nodeId={ids}
      isVisible={!dragging && !editing}
      position={Position.Right}
      offset={14}
      className="selection-bar"
    >
      <div role="toolbar" aria-label={t("canvas.selectionBar")} aria-orientation="vertical">
        <IconButton
          icon={Group}
          label={t("canvas.group")}
          shortcut="G"
          tipSide="right"
          onClick={commands.group}
        />
        <IconButton
          icon={Ungroup}
          label={t("canvas.ungroup")}
          shortcut="Shift+G"
          tipSide="right"
          onClick={commands.ungroup}
        />
        <span className="selection-bar-divider" />
        {ROLES.map((role) => (
          <button
            key={role}
            type="button"
            className={`icon-btn role-button role-button-${role}`}
            aria-label={t("canvas.setRole", { role: t(ROLE_LABELS[role]) })}
            data-tip={`${t(ROLE_LABELS[role])} (${ROLE_KEYS[role]})`}
            data-tip-side="right"
            aria-keyshortcuts={ROLE_KEYS[role]}
            onClick={() => commands.setRole(role)}
          >
            <span aria-hidden="true">{ROLE_ICONS[role]}</span>
          </button>
        ))}
        <button
          type="button"
          className="icon-btn role-button"
          aria-label={t("canvas.role.none")}
          data-tip={`${t("canvas.role.none")} (0)`}
          data-tip-side="right"
          aria-keyshortcuts="0"
          onClick={() => commands.setRole(null)}
        >
          <span aria-hidden="true">○</span>
        </button>
        <span className="selection-bar-divider" />
        {count === 2 && (
          <IconButton
            icon={Link2}
            label={t("canvas.linkSelected")}
            shortcut="L"
            tipSide="right"
            onClick={() => commands.linkSelected("causes")}
          />
        )}
        {count >= 2 && (
          <IconButton
            icon={LayoutGrid}
            label={t("canvas.tidySelection")}
            shortcut="Alt+L"
            tipSide="right"
            disabled={busy}
            onClick={onTidySelection}
          />
        )}
        <IconButton
          icon={Trash2}
          label={t("canvas.delete")}
          shortcut="Delete"
          tipSide="right"
          variant="danger"
          onClick={commands.deleteSelection}
        />
      </div>
    </NodeToolbar>
  );
}
