import { Fragment, type KeyboardEvent, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";
import { useT } from "../../state/useT";
import { isCombination, SHORTCUT_GROUPS } from "./shortcuts";
import "./panels/panels.css";

function isMac(): boolean {
  return typeof navigator !== "undefined" && navigator.platform.includes("Mac");
}

/** "Mod" is the platform's command key: Ctrl, or ⌘ on a Mac. */
export function keyLabel(key: string, mac = isMac()): string {
  return key === "Mod" ? (mac ? "⌘" : "Ctrl") : key;
}

export { isCombination };

function focusableIn(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])',
    ),
  ];
}

function Keys({ keys }: { keys: readonly string[] }) {
  const joiner = isCombination(keys) ? " + " : " ";
  return (
    <>
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && joiner}
          <kbd>{keyLabel(key)}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** The keyboard shortcuts, as a modal dialog over the workbench; the lead opens it with "?". */
export function HelpOverlay({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // Runs before focus moves into the dialog, so this is what opened it.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Canvas shortcuts must not act on the workbench behind a modal dialog.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== "Tab" || !dialogRef.current) return;
    // Keep Tab inside the dialog: wrap from the last control to the first and back.
    const focusable = focusableIn(dialogRef.current);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the dialog closes it for mouse users; Escape and the close button do so for everyone.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above; the keyboard way is Escape.
    <div
      className="help-backdrop"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialogRef}
        className="help-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="help-header">
          <h2 id={titleId}>{t("shortcuts.title")}</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            {t("shortcuts.close")}
          </button>
        </div>
        {/* Focusable, so keyboard users can scroll a list taller than the screen (axe). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard */}
        <section className="help-body" aria-labelledby={titleId} tabIndex={0}>
          {SHORTCUT_GROUPS.map((group) => (
            <div key={group.title} className="help-group">
              <h3>{t(group.title)}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <div
                    key={shortcut.id}
                    className="help-shortcut"
                    data-shortcut-id={shortcut.id}
                    data-context={shortcut.context}
                  >
                    <dt>
                      <Keys keys={shortcut.keys} />
                    </dt>
                    <dd>{t(shortcut.description)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      </div>
    </div>,
    document.body,
  );
}
