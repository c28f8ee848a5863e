import type { ReactNode } from "react";
import { useStore } from "zustand";
import { ROLES, type Role } from "../../domain/analysis/analysis";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import type { CanvasCommands } from "./canvasCommands";
import { EdgeEditor } from "./EdgeEditor";
import { ROLE_ICONS, ROLE_LABELS } from "./nodes/RoleBadge";
import type { LayoutStatus } from "./useLayout";

interface CanvasToolbarProps {
  commands: CanvasCommands;
  layoutStatus: LayoutStatus;
  onLayout(): void;
  onTidySelection(): void;
  snapToGrid: boolean;
  onToggleSnap(): void;
  onOpenHelp(): void;
  /** The import/export menu, handed in by the app (transfer builds on the canvas). */
  transferMenu: ReactNode;
}

export function CanvasToolbar(props: CanvasToolbarProps) {
  const { commands, layoutStatus } = props;
  const t = useT();
  const store = useAppStoreApi();
  const selectedCount = useAppStore((s) => s.selectedNodeIds.size);
  const selectedEdgeCount = useAppStore((s) => s.selectedEdgeIds.size);
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);
  const busy = layoutStatus.kind === "busy";

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t("canvas.toolbar")}>
      <button type="button" onClick={commands.group} disabled={selectedCount === 0} title="G">
        {t("canvas.group")}
      </button>
      <button
        type="button"
        onClick={commands.ungroup}
        disabled={selectedCount === 0}
        title="Shift+G"
      >
        {t("canvas.ungroup")}
      </button>
      <button type="button" onClick={() => commands.addFactor()} title="F">
        + {t("canvas.addFactor")}
      </button>
      <button type="button" onClick={commands.addNote} title="N">
        + {t("canvas.addNote")}
      </button>
      <label className="toolbar-select">
        <span>{t("canvas.role")}</span>
        <select
          value=""
          disabled={selectedCount === 0}
          onChange={(e) => {
            const value = e.target.value;
            if (value) commands.setRole(value === "none" ? null : (value as Role));
          }}
        >
          <option value="" disabled>
            —
          </option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_ICONS[role]} {t(ROLE_LABELS[role])}
            </option>
          ))}
          <option value="none">{t("canvas.role.none")}</option>
        </select>
      </label>
      <button
        type="button"
        onClick={() => commands.linkSelected("causes")}
        disabled={selectedCount !== 2}
        title="L"
      >
        {t("canvas.linkSelected")}
      </button>
      <button type="button" onClick={props.onLayout} disabled={busy} title="Shift+L">
        {busy ? t("canvas.layoutBusy") : t("canvas.layout")}
      </button>
      <button
        type="button"
        onClick={props.onTidySelection}
        disabled={busy || selectedCount < 2}
        title="Alt+L"
      >
        {t("canvas.tidySelection")}
      </button>
      <button type="button" aria-pressed={props.snapToGrid} onClick={props.onToggleSnap}>
        {t("canvas.snap")}
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        onClick={() => store.getState().undo()}
        disabled={!canUndo}
        title="Ctrl+Z"
      >
        {t("canvas.undo")}
      </button>
      <button
        type="button"
        onClick={() => store.getState().redo()}
        disabled={!canRedo}
        title="Shift+Ctrl+Z"
      >
        {t("canvas.redo")}
      </button>
      <button
        type="button"
        onClick={commands.deleteSelection}
        disabled={selectedCount === 0 && selectedEdgeCount === 0}
        title="Delete"
      >
        {t("canvas.delete")}
      </button>
      {props.transferMenu}
      <button type="button" onClick={props.onOpenHelp} title="?" aria-haspopup="dialog">
        {t("canvas.help")}
      </button>
      {layoutStatus.kind === "failed" && (
        <p role="alert" className="toolbar-error">
          {t("canvas.layoutFailed", { message: layoutStatus.message })}
        </p>
      )}
      <EdgeEditor />
    </div>
  );
}
