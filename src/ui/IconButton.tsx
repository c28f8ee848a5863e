import type { LucideIcon } from "lucide-react";
import { type ButtonHTMLAttributes, forwardRef } from "react";

export interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon: LucideIcon;
  /** The accessible name, also the tooltip. */
  label: string;
  /** The key as shown to people ("Shift+L"); named in the tooltip and in aria-keyshortcuts. */
  shortcut?: string;
  /** Shows the label beside the icon as well. */
  showLabel?: boolean;
  variant?: "quiet" | "danger" | "primary";
  tipSide?: "below" | "left" | "right";
}

/**
 * A button drawn as an icon: named by `label`, which a tooltip shows together with its shortcut
 * on hover and keyboard focus. A toggle passes `aria-pressed`.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  {
    icon: Icon,
    label,
    shortcut,
    showLabel = false,
    variant = "quiet",
    tipSide = "below",
    className = "",
    ...rest
  },
  ref,
) {
  const kind = variant === "danger" ? "btn-danger" : variant === "primary" ? "btn-primary" : "";
  const tip = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      ref={ref}
      type="button"
      className={`${showLabel ? "btn-quiet with-label" : "icon-btn"} ${kind} ${className}`.trim()}
      aria-label={showLabel ? undefined : label}
      aria-keyshortcuts={shortcut ? ariaKeys(shortcut) : undefined}
      data-tip={showLabel && !shortcut ? undefined : tip}
      data-tip-side={tipSide === "below" ? undefined : tipSide}
      {...rest}
    >
      <Icon size={18} strokeWidth={1.9} aria-hidden="true" />
      {showLabel && <span>{label}</span>}
    </button>
  );
});

/** "Shift+L" → "Shift+L", "Mod+Z" → "Control+Z", "?" stays: the form aria-keyshortcuts wants. */
export function ariaKeys(shortcut: string): string {
  return shortcut
    .split("+")
    .map((key) => (key === "Ctrl" || key === "Mod" ? "Control" : key))
    .join("+");
}
