import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useAppStore } from "../../../state/StoreProvider";
import { useT } from "../../../state/useT";

interface EditableTextProps {
  nodeId: string;
  value: string;
  placeholder: string;
  multiline?: boolean;
  onCommit(value: string): void;
}

/**
 * A node's text, edited in place (double-click, or Enter on the selected node). Enter commits,
 * Escape cancels, leaving the field commits. Text is rendered as text, never as HTML.
 */
export function EditableText({
  nodeId,
  value,
  placeholder,
  multiline,
  onCommit,
}: EditableTextProps) {
  const t = useT();
  const editing = useAppStore((s) => s.editingNodeId === nodeId);
  const setEditing = useAppStore((s) => s.setEditing);
  const [draft, setDraft] = useState(value);
  // The text when editing began. The draft starts from it in the same render the field appears
  // in (so the focus below selects the whole of it), and a colleague's change arriving while
  // this person types (a shared analysis) does not replace their draft; a draft left as it
  // began commits nothing, so it never overwrites that change.
  const [session, setSession] = useState({ editing, start: value });
  if (session.editing !== editing) {
    setSession({ editing, start: value });
    if (editing) setDraft(value);
  }
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing) return;
    // A new node stays invisible until React Flow has measured it, and an invisible field
    // cannot take focus: keep trying for a few frames.
    let frame = 0;
    const focusField = (triesLeft: number) => {
      const element = field.current;
      element?.focus();
      if (element && document.activeElement === element) element.select();
      else if (triesLeft > 0) frame = requestAnimationFrame(() => focusField(triesLeft - 1));
    };
    focusField(30);
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  const finish = (commit: boolean) => {
    // Keyboard work goes on from the node itself, not from the page body.
    const node = field.current?.closest<HTMLElement>(".react-flow__node");
    if (commit && draft !== session.start) onCommit(draft.trim());
    setEditing(null);
    node?.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === "Escape") finish(false);
    else if (event.key === "Enter" && (!multiline || !event.shiftKey)) {
      event.preventDefault();
      finish(true);
    }
  };

  if (editing) {
    return (
      <textarea
        ref={field}
        className="nodrag nowheel editable-field"
        aria-label={t("canvas.editLabel")}
        value={draft}
        rows={multiline ? 4 : 2}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      />
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click is a shortcut; Enter on the focused node does the same
    <span
      className={value ? "editable" : "editable placeholder"}
      onDoubleClick={() => setEditing(nodeId)}
    >
      {value || placeholder}
    </span>
  );
}
