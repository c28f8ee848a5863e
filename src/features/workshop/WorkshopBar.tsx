import { useState } from "react";
import { causalChain } from "../../domain/analysis/focus";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
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
      <button
        type="button"
        onClick={() => commands.stepFocusLevel(-1)}
        disabled={level === 0 || depth === 0}
        title="PageUp"
      >
        {t("workshop.fewerLevels")}
      </button>
      <span data-testid="focus-level">
        {level === null ? t("workshop.focusAll") : t("workshop.focusLevel", { level, depth })}
      </span>
      <button
        type="button"
        onClick={() => commands.stepFocusLevel(1)}
        disabled={level === null}
        title="PageDown"
      >
        {t("workshop.moreLevels")}
      </button>
    </span>
  );
}

/**
 * The workshop toolbar above the canvas: presentation mode, the projector window, focus with
 * its levels, dot voting and the timer. It stays in presentation mode (the rest is hidden).
 */
export function WorkshopBar({ commands }: { commands: WorkshopCommands }) {
  const t = useT();
  const presentation = useAppStore((s) => s.presentation);
  const focusMode = useAppStore((s) => s.focusMode);
  const votingOpen = useAppStore((s) => s.votingPanelOpen);
  const analysisId = useAppStore((s) => s.analysis.id);
  const [blocked, setBlocked] = useState(false);

  const openProjector = () => {
    const opened = window.open(projectorUrl(analysisId), "ontrafel-projector", "popup");
    setBlocked(opened === null);
  };

  return (
    <div className="canvas-toolbar workshop-bar" role="toolbar" aria-label={t("workshop.bar")}>
      <button
        type="button"
        aria-pressed={presentation}
        onClick={commands.togglePresentation}
        title="P"
      >
        {presentation ? t("workshop.exitPresentation") : t("workshop.present")}
      </button>
      <button type="button" onClick={openProjector}>
        {t("workshop.projector")}
      </button>
      <button type="button" aria-pressed={focusMode} onClick={commands.toggleFocus} title="H">
        {t("workshop.focus")}
      </button>
      {focusMode && <FocusLevel commands={commands} />}
      <button
        type="button"
        aria-expanded={votingOpen}
        aria-controls={votingOpen ? "voting-panel" : undefined}
        onClick={commands.toggleVotingPanel}
        title="V"
      >
        {t("workshop.voting")}
      </button>
      <TimerControls commands={commands} />
      {blocked && (
        <p role="alert" className="toolbar-error">
          {t("workshop.projectorBlocked")}
        </p>
      )}
    </div>
  );
}
