import type { ReactNode } from "react";

/**
 * Jumps keyboard focus to a region. It moves focus itself instead of changing the address,
 * because the address (#/analysis/…) is the app's route.
 */
export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {children}
    </a>
  );
}
