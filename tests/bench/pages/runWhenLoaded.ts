/**
 * Runs a bench page's work after load, so navigation finishes at once and the bench waits on
 * the result alone, and hands over the result or the error.
 */
export function runWhenLoaded<T>(
  run: () => T | Promise<T>,
  publish: (outcome: T | { error: string }) => void,
): void {
  setTimeout(() => {
    Promise.resolve()
      .then(run)
      .then(publish, (error: unknown) => publish({ error: String(error) }));
  }, 0);
}
