import type { Analysis } from "../domain/analysis/analysis";
import type { AppStore } from "../state/createAppStore";
import { clearRescueCopies, clearRescueCopy, writeRescueCopy } from "./rescue";
import { isSaveIssue, issueForSaveError } from "./storage";

/** How long edits may gather before they are written: well inside the one-second promise. */
export const AUTOSAVE_DELAY_MS = 400;
/** A failed save is tried again by itself after this, doubling up to `RETRY_MAX_MS`. */
export const RETRY_FIRST_MS = 2000;
export const RETRY_MAX_MS = 10_000;

export interface Autosave {
  /** Writes pending changes now (page hidden, before opening another analysis). */
  flush(): Promise<void>;
  /** Stores the open analysis as it is now, edited or not (start-up could not store it). */
  resave(): Promise<void>;
  stop(): void;
}

/**
 * Saves the open analysis after every change, debounced, and reports honestly in the store:
 * saving, saved, or the error. When the page is hidden or unloaded it writes a synchronous
 * rescue copy and flushes, so an edit followed at once by a reload survives.
 */
export function startAutosave(
  store: AppStore,
  save: (analysis: Analysis) => Promise<void>,
  delayMs = AUTOSAVE_DELAY_MS,
  /** An analysis's changes not stored yet as a Yjs update, kept with the rescue copy. */
  unsavedOf: (id: string) => Uint8Array | null = () => null,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Analysis | null = null;
  // Handed to `save` and not yet stored: a page that goes away may abort that write.
  let writing: Analysis | null = null;
  let running: Promise<void> = Promise.resolve();
  let retryDelay = RETRY_FIRST_MS;
  // Storing what start-up could not: the earlier pages' rescue copies go once it lands.
  let resaving = false;

  const write = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const analysis = pending;
    if (!analysis) return running;
    pending = null;
    writing = analysis;
    store.getState().setSaveState({ kind: "saving" });
    running = running.then(async () => {
      try {
        await save(analysis);
        if (writing === analysis) writing = null;
        retryDelay = RETRY_FIRST_MS;
        clearRescueCopy(analysis.id);
        if (resaving) clearRescueCopies(analysis.id);
        resaving = false;
        if (!pending) store.getState().setSaveState({ kind: "saved", at: Date.now() });
        if (isSaveIssue(store.getState().storageIssue)) store.getState().setStorageIssue(null);
      } catch (error) {
        // Keep the edit pending (it stays in memory) and try again by itself (storage may be
        // freed at any time), so no edit waits for another edit.
        pending ??= analysis;
        if (!timer) {
          timer = setTimeout(write, retryDelay);
          retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
        }
        const message = error instanceof Error ? error.message : String(error);
        store.getState().setSaveState({ kind: "error", message });
        // A closed or blocked database already has its own, more useful banner.
        const issue = store.getState().storageIssue;
        if (issue === null || isSaveIssue(issue))
          store.getState().setStorageIssue(issueForSaveError(error));
      }
    });
    return running;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.analysis === previous.analysis) return;
    // Opening another analysis is not an edit of it.
    if (state.analysis.id !== previous.analysis.id) return;
    pending = state.analysis;
    store.getState().setSaveState({ kind: "pending" });
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });

  const onHide = () => {
    const unsaved = pending ?? writing;
    if (!unsaved) return;
    writeRescueCopy(unsaved, unsavedOf(unsaved.id));
    void write();
  };
  // Waiting to try a failed save again: a sign that storage may be back (the person returns to
  // the tab, the network is back after an eviction scare) tries at once instead of waiting.
  const retryNow = () => {
    if (pending && timer) void write();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onHide();
    else retryNow();
  };
  window.addEventListener("pagehide", onHide);
  window.addEventListener("focus", retryNow);
  window.addEventListener("online", retryNow);
  document.addEventListener("visibilitychange", onVisibility);

  return {
    flush: write,
    resave() {
      resaving = true;
      pending = store.getState().analysis;
      return write();
    },
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("focus", retryNow);
      window.removeEventListener("online", retryNow);
      document.removeEventListener("visibilitychange", onVisibility);
    },
  };
}
