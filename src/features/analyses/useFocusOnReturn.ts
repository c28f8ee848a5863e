import { useCallback, useRef } from "react";

/**
 * For a button that an inline form replaces while open: `returnFocus()` before closing the form
 * makes the button take the focus as soon as it is back in the page. Done in the ref callback
 * (during React's commit) rather than a timer, so a later focus move is never overridden.
 */
export function useFocusOnReturn<T extends HTMLElement>() {
  const pending = useRef(false);
  const ref = useCallback((element: T | null) => {
    if (element && pending.current) {
      pending.current = false;
      element.focus();
    }
  }, []);
  const returnFocus = useCallback(() => {
    pending.current = true;
  }, []);
  return { ref, returnFocus };
}
