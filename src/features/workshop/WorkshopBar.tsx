import {
  ChevronsDown,
  ChevronsUp,
  Focus,
  MonitorUp,
  Plus,
  Presentation,
  Vote,
  X,
} from "lucide-react";
import { useState } from "react";
import { causalChain } from "../../domain/analysis/focus";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import { projectorUrl } from "./projectorWindow";
import { TimerControls } from "./Timer";
import { focusRootId, type WorkshopCommands } from "./workshopCommands";
import "./workshop.css";

/** Focus level controls: fewer / more levels of the chain, and where the room is. */
function FocusLevel({ commands }: { commands: WorkshopCommands }) {
  const t = useT();
  const store = useAppStoreApi();
  const level = useAppStore((s) => s.focusLevel);
  const depth = useAppStore((s) => {
    const root = s.focusMode ? focusRootId(store) : undefined;
    return root ? causalChain(s.analysis, root).depth : 0;
  });
  return (
    <span className="focus-level">
      <IconButton
        icon={ChevronsUp}
        label={t("workshop.fewerLevels")}
        shortcut="PageUp"
        onClick={() => commands.stepFocusLevel(-1)}
        disabled={level === 0 || depth === 0}
      />
      <span data-testid="focus-level">
        {level === null ? t("workshop.focusAll") : t("workshop.focusLevel", { level, depth })}
      </span>
      <IconButton
        icon={ChevronsDown}
        label={t("workshop.moreLevels")}
        shortcut="PageDown"
        onClick={() => commands.stepFocusLevel(1)}
        disabled={level === null}
      />
    </span>
  );
}

/**
 * Presents (Shift+P) or leaves presentation mode, named for what it does; the one button a
 * presented screen keeps (the workshop bar's, and the goal view's).
 */
export function PresentButton() {
  const t = useT();
  const presentation = useAppStore((s) => s.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);
  return (
    <IconButton
      icon={presentation ? X : Presentation}
      label={presentation ? t("workshop.exitPresentation") : t("workshop.present")}
      shortcut="Shift+P"
      showLabel={presentation}
      onClick={() => setPresentation(!presentation)}
    />
  );
}

/**
 * The workshop toolbar above the canvas: presentation mode, the projector window, focus with
 * its levels, dot voting and the timer. It stays in presentation mode (the rest is hidden).
 */
export function WorkshopBar({ commands }: { commands: WorkshopCommands }) {
  const t = useT();
  const focusMode = useAppStore((s) => s.focusMode);
  const votingOpen = useAppStore((s) => s.votingPanelOpen);
  const analysisId = useAppStore((s) => s.analysis.id);
  // Voting changes the analysis: not with a view-only link (a participant link votes with its
  // own dots). A participant, who has no canvas toolbar, gets quick capture as a button here.
  const canVote = useAppStore((s) => s.editAccess !== "view");
  const participant = useAppStore((s) => s.editAccess === "participant");
  const setCaptureOpen = useAppStore((s) => s.setQuickCaptureOpen);
  const [blocked, setBlocked] = useState(false);

  const openProjector = () => {
    const opened = window.open(projectorUrl(analysisId), "ontrafel-projector", "popup");
    setBlocked(opened === null);
  };

  return (
    <div className="canvas-toolbar workshop-bar" role="toolbar" aria-label={t("workshop.bar")}>
      <PresentButton />
      <IconButton icon={MonitorUp} label={t("workshop.projector")} onClick={openProjector} />
      <IconButton
        icon={Focus}
        label={t("workshop.focus")}
        shortcut="H"
        aria-pressed={focusMode}
        onClick={commands.toggleFocus}
      />
      {focusMode && <FocusLevel commands={commands} />}
      {participant && (
        <IconButton
          icon={Plus}
          label={t("workshop.capture")}
          shortcut="A"
          onClick={() => setCaptureOpen(true)}
        />
      )}
      {canVote && (
        <IconButton
          icon={Vote}
          label={t("workshop.voting")}
          shortcut="V"
          aria-expanded={votingOpen}
          aria-controls={votingOpen ? "voting-panel" : undefined}
          onClick={commands.toggleVotingPanel}
        />
      )}
      <TimerControls commands={commands} />
      {blocked && (
        <p role="alert" className="toolbar-error toolbar-toast">
          {t("workshop.projectorBlocked")}
        </p>
      )}
    </div>
  );
}
