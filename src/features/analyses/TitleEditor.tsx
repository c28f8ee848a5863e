import { useRef, useState } from "react";
import { setTitle } from "../../domain/analysis/operations/edit";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { selectOnMount } from "./selectOnMount";
import { useFocusOnReturn } from "./useFocusOnReturn";
import "./analysisNav.css";

/**
 * The open analysis's title, editable in place. The change goes through the store like any edit,
 * so it can be undone and the autosave writes it. Enter or leaving the field saves, Escape cancels.
 */
export function TitleEditor() {
  const t = useT();
  const store = useAppStoreApi();
  const title = useAppStore((s) => s.analysis.title);
  const [draft, setDraft] = useState<string | null>(null);
  const button = useFocusOnReturn<HTMLButtonElement>();
  const shown = title || t("canvas.untitled");

  // Escape or Enter unmounts the field, which may also fire blur: only the first finish counts.
  const finished = useRef(false);
  const finish = (save: boolean, refocus: boolean) => {
    if (draft === null || finished.current) return;
    finished.current = true;
    const next = draft.trim();
    if (save && next && next !== title) store.getState().change((a) => setTitle(a, next));
    // After Enter or Escape the field is gone from under the focus; after Tab it moved on itself.
    if (refocus) button.returnFocus();
    setDraft(null);
  };

  if (draft === null)
    return (
      <button
        type="button"
        ref={button.ref}
        className="analysis-nav-title analysis-nav-title-button"
        aria-label={t("analyses.editTitle", { title: shown })}
        title={shown}
        onClick={() => {
          finished.current = false;
          setDraft(title);
        }}
      >
        {shown}
      </button>
    );
  return (
    <input
      ref={selectOnMount}
      className="analysis-nav-title"
      aria-label={t("analyses.titleLabel")}
      value={draft}
      maxLength={300}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true, false)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          finish(true, true);
        } else if (event.key === "Escape") {
          event.preventDefault();
          finish(false, true);
        }
      }}
    />
  );
}
