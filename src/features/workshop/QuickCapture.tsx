import { X } from "lucide-react";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { nodeById } from "../../domain/analysis/operations";
import { translate } from "../../i18n/messages";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { nodeDisplayName } from "../canvas/panels/nodeDisplayName";
import { noteShortcut, shortcutFor } from "../canvas/shortcuts";
import type { WorkshopCommands } from "./workshopCommands";

export const QUICK_CAPTURE_ID = "quick-capture";

/** Back to the selected node on the canvas, so canvas shortcuts work again. */
function focusSelectedNode(id: string | undefined) {
  const node = id
    ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
    : null;
  (node ?? document.getElementById("canvas"))?.focus();
}

/**
 * Quick capture under the canvas: with a node selected, type a statement and press Enter for a
 * cause (linked to the node, placed below) or Shift+Enter for an effect (above). Tab steps to
 * the node beside the selected one, Alt+arrows a level down or up, Escape back to the canvas.
 */
export function QuickCapture({
  commands,
  autoFocus = false,
}: {
  commands: WorkshopCommands;
  /** Opened with A: the field takes the focus at once. */
  autoFocus?: boolean;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const close = () => store.getState().setQuickCaptureOpen(false);
  const hintId = useId();
  const [text, setText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const anchorName = useAppStore((s) => {
    const id = [...s.selectedNodeIds].at(-1);
    const node = id ? nodeById(s.analysis, id) : undefined;
    return node ? nodeDisplayName(node, translate(s.language, "canvas.untitled")) : null;
  });
  const anchorId = useAppStore((s) => [...s.selectedNodeIds].at(-1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys typed here are text, never canvas or global shortcuts.
    event.stopPropagation();
    // The keys of the shortcut table (canvas/shortcuts.ts), as the help overlay lists them.
    const id = shortcutFor("capture", event)?.id;
    if (id === "captureCause" || id === "captureSymptom") {
      event.preventDefault();
      noteShortcut(id);
      const direction = id === "captureSymptom" ? "symptom" : "cause";
      const label = text.trim();
      if (commands.capture(label, direction)) {
        setText("");
        setAnnouncement(
          t("capture.added", {
            name: label,
            role: t(direction === "cause" ? "canvas.role.cause" : "canvas.role.symptom"),
          }),
        );
      }
    } else if (id === "captureSibling") {
      // Only when there is a sibling; otherwise Tab leaves the field as usual.
      if (commands.selectSibling(event.shiftKey ? -1 : 1)) {
        event.preventDefault();
        noteShortcut(id);
      }
    } else if (id === "captureTree") {
      event.preventDefault();
      noteShortcut(id);
      commands.selectInTree(event.key === "ArrowDown" ? "cause" : "symptom");
    } else if (event.key === "Escape") {
      event.preventDefault();
      focusSelectedNode(anchorId);
      close();
    }
  };

  return (
    <div className="quick-capture" ref={root}>
      <label htmlFor={QUICK_CAPTURE_ID}>
        {anchorName === null ? t("capture.noSelection") : t("capture.label", { name: anchorName })}
      </label>
      <input
        ref={input}
        id={QUICK_CAPTURE_ID}
        type="text"
        autoComplete="off"
        value={text}
        placeholder={t("capture.placeholder")}
        aria-describedby={hintId}
        disabled={anchorName === null}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          // Leaving it for elsewhere on the page closes it; it comes back with A.
          const next = event.relatedTarget;
          if (next instanceof Node && !root.current?.contains(next)) close();
        }}
      />
      <p id={hintId} className="quick-capture-hint">
        {t("capture.hint")}
      </p>
      <button
        type="button"
        className="icon-btn quick-capture-close"
        aria-label={t("app.dismiss")}
        onClick={close}
      >
        <X size={16} aria-hidden="true" />
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
