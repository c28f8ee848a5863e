import type { LucideIcon } from "lucide-react";
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";

export interface MenuProps {
  /** The button's accessible name and tooltip. */
  label: string;
  icon: LucideIcon;
  /** The items (MenuItem); choosing one closes the menu. */
  children: ReactNode;
  align?: "left" | "right";
  className?: string;
}

const ITEM_SELECTOR = ".menu-item:not(:disabled)";

/**
 * An overflow menu: a button that shows and hides a list of actions (a disclosure, so the list
 * may hold text as well as buttons). Arrow keys move between the actions, Escape and a click
 * elsewhere close, focus returns to the button.
 */
export function Menu({ label, icon: Icon, children, align = "right", className = "" }: MenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  const close = useCallback((refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    popup.current?.querySelector<HTMLElement>(`${ITEM_SELECTOR}, input:not(:disabled)`)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys in the menu are the menu's, never canvas shortcuts.
    event.stopPropagation();
    const items = [...(popup.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    const inField = (event.target as HTMLElement).tagName === "INPUT";
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (inField) return;
    else if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(items.length - 1);
    else if (event.key === "Tab") close(false);
  };

  return (
    <div className={`menu ${className}`.trim()} ref={root}>
      <button
        ref={button}
        type="button"
        className="icon-btn"
        aria-label={label}
        data-tip={open ? undefined : label}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        <Icon size={18} strokeWidth={1.9} aria-hidden="true" />
      </button>
      {open && (
        // biome-ignore lint/a11y/noStaticElementInteractions: the keys and clicks come from the buttons inside; the popup only routes them (arrow keys, closing).
        <div
          ref={popup}
          id={id}
          className={`menu-popup${align === "left" ? " align-left" : ""}`}
          onKeyDown={onKeyDown}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest(ITEM_SELECTOR)) close();
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}

/** One action in a Menu. */
export function MenuItem({
  icon: Icon,
  label,
  shortcut,
  onSelect,
  disabled,
  checked,
}: {
  icon?: LucideIcon;
  label: string;
  shortcut?: string;
  onSelect(): void;
  disabled?: boolean;
  /** A toggle: shown checked while on. */
  checked?: boolean;
}) {
  return (
    <button
      type="button"
      className="menu-item"
      aria-pressed={checked}
      disabled={disabled}
      onClick={onSelect}
    >
      {Icon ? <Icon size={16} aria-hidden="true" /> : <span className="menu-icon-space" />}
      <span>{label}</span>
      {shortcut && <kbd>{shortcut}</kbd>}
    </button>
  );
}
