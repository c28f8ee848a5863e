import { type ReactNode, Suspense, useState } from "react";

/**
 * A button that opens a dialog (often a lazily loaded one): `dialog(close)` is rendered while
 * open. Disabled buttons are still shown, so nothing shifts when start-up enables them.
 */
export function DialogButton({
  label,
  ariaLabel,
  className,
  disabled = false,
  tabIndex,
  dialog,
}: {
  label: string;
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
  tabIndex?: number;
  dialog(close: () => void): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-label={ariaLabel}
        disabled={disabled}
        tabIndex={tabIndex}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && <Suspense fallback={null}>{dialog(() => setOpen(false))}</Suspense>}
    </>
  );
}
