import { useSyncExternalStore } from "react";
import type { CorporaService } from "./corporaService";

let current: CorporaService | null = null;
const listeners = new Set<() => void>();

/** Start-up registers the service here once storage is open (the service itself is lazy-loaded). */
export function registerCorporaService(service: CorporaService | null): void {
  current = service;
  for (const listener of listeners) listener();
}

/** The running corpora service for components; null before start-up has opened storage. */
export function useCorporaService(): CorporaService | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
