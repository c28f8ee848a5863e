/**
 * A ref callback for a field that appears when editing starts: it takes the focus with its text
 * selected, so typing replaces it. Stable, so React calls it once when the field mounts.
 */
export function selectOnMount(element: HTMLInputElement | null): void {
  element?.focus();
  element?.select();
}
