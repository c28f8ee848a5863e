import type { Fragment } from "../../domain/analysis/operations";

/**
 * Copied canvas parts live in localStorage, so copy in one analysis and paste in another
 * works within the same browser (also across tabs); in memory when storage is refused.
 */
const KEY = "ontrafel.clipboard";
let memory: Fragment | null = null;

export function writeClipboard(fragment: Fragment): void {
  memory = fragment;
  try {
    localStorage.setItem(KEY, JSON.stringify(fragment));
  } catch {
    // The in-memory copy still serves this tab.
  }
}

/** The stored fragment, trusted only as far as its shape: the caller validates nodes. */
export function readClipboardText(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return memory ? JSON.stringify(memory) : null;
  }
}
