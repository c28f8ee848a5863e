import {
  CircleHelp,
  Ellipsis,
  Eye,
  Grid3x3,
  LayoutGrid,
  Link2,
  Map as MapIcon,
  Network,
  Redo2,
  SquarePlus,
  StickyNote,
  Undo2,
} from "lucide-react";
import type { ReactNode } from "react";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import { Menu, MenuItem } from "../../ui/Menu";
import type { CanvasCommands } from "./canvasCommands";
import type { LayoutStatus } from "./useLayout";

interface CanvasToolbarProps {
  commands: CanvasCommands;
  layoutStatus: LayoutStatus;
  onLayout(): void;
  snapToGrid: boolean;
  onToggleSnap(): void;
  miniMap: boolean;
  onToggleMiniMap(): void;
  onOpenHelp(): void;
  /** The import/export buttons, handed in by the app (transfer builds on the canvas). */
  transferMenu: ReactNode;
}

/**
 * The canvas's one row of tools, in groups: add, arrange, link, history, files; less used
 * settings in a menu. What acts on the selection floats beside it (SelectionBar).
 */
/** The named state of a view-only link, where the editing tools would be. */
function ViewOnlyBadge() {
  const t = useT();
  const viewOnly = useAppStore((s) => s.editAccess === "view");
  if (!viewOnly) return null;
  return (
    <p className="access-badge" data-access="view">
      <Eye size={14} aria-hidden="true" />
      <strong>{t("access.viewOnly")}</strong>
      <span className="access-hint">{t("access.viewOnly.hint")}</span>
    </p>
  );
}

export function CanvasToolbar(props: CanvasToolbarProps) {
  const { commands, layoutStatus } = props;
  const t = useT();
  const store = useAppStoreApi();
  const selectedCount = useAppStore((s) => s.selectedNodeIds.size);
  // The open analysis's Yjs undo manager (app/sync/bindAnalysis); none until it is bound.
  const canUndo = useAppStore((s) => s.undoControl?.canUndo ?? false);
  const canRedo = useAppStore((s) => s.undoControl?.canRedo ?? false);
  const busy = layoutStatus.kind === "busy";
  // A view-only link has no editing tools at all (the store refuses edits too).
  const full = useAppStore((s) => s.editAccess === "full");

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t("canvas.toolbar")}>
      <ViewOnlyBadge />
      {full && (
        <div className="tool-group">
          <IconButton
            icon={SquarePlus}
            label={`+ ${t("canvas.addFactor")}`}
            shortcut="F"
            onClick={() => commands.addFactor()}
          />
          <IconButton
            icon={StickyNote}
            label={`+ ${t("canvas.addNote")}`}
            shortcut="N"
            onClick={commands.addNote}
          />
        </div>
      )}
      {full && (
        <div className="tool-group">
          <IconButton
            icon={Network}
            label={busy ? t("canvas.layoutBusy") : t("canvas.layout")}
            shortcut="Shift+L"
            onClick={props.onLayout}
            disabled={busy}
            aria-busy={busy}
            data-layout-runs={layoutStatus.kind === "idle" ? layoutStatus.runs : undefined}
          />
          <IconButton
            icon={LayoutGrid}
            label={t("canvas.tidyCluster")}
            shortcut="O"
            onClick={commands.tidyClusters}
            disabled={selectedCount === 0}
          />
          <IconButton
            icon={Link2}
            label={t("canvas.linkSelected")}
            shortcut="L"
            onClick={() => commands.linkSelected("causes")}
            disabled={selectedCount !== 2}
          />
        </div>
      )}
      {full && (
        <div className="tool-group">
          <IconButton
            icon={Undo2}
            label={t("canvas.undo")}
            shortcut="Ctrl+Z"
            onClick={() => store.getState().undo()}
            disabled={!canUndo}
          />
          <IconButton
            icon={Redo2}
            label={t("canvas.redo")}
            shortcut="Shift+Ctrl+Z"
            onClick={() => store.getState().redo()}
            disabled={!canRedo}
          />
        </div>
      )}
      <div className="tool-group">{props.transferMenu}</div>
      <div className="tool-group">
        <IconButton
          icon={CircleHelp}
          label={t("canvas.help")}
          shortcut="?"
          onClick={props.onOpenHelp}
          aria-haspopup="dialog"
        />
        <Menu label={t("canvas.more")} icon={Ellipsis}>
          <MenuItem
            icon={Grid3x3}
            label={t("canvas.snap")}
            checked={props.snapToGrid}
            onSelect={props.onToggleSnap}
          />
          <MenuItem
            icon={MapIcon}
            label={t("canvas.showMiniMap")}
            checked={props.miniMap}
            onSelect={props.onToggleMiniMap}
          />
        </Menu>
      </div>
      {layoutStatus.kind === "failed" && (
        <p role="alert" className="toolbar-error">
          {t("canvas.layoutFailed", { message: layoutStatus.message })}
        </p>
      )}
    </div>
  );
}
