/**
 * Runs `task` when the page is idle (at the latest after `timeoutMs`), so work that can wait
 * does not compete with the first screen. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, Math.min(timeoutMs, 200));
  return () => clearTimeout(handle);
}
