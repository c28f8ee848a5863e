import type { Analysis } from "../../domain/analysis/analysis";
import { saveAnalysis } from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import type { AppStore } from "../../state/createAppStore";
import type { LocalDocument } from "./localDocument";

export interface OpenDocument {
  /** The autosave's save: the open analysis's document, merged with what other tabs stored. */
  save(analysis: Analysis): Promise<void>;
  /** The open analysis's changes not stored yet, as a Yjs update; null before its document. */
  unsaved(id: string): Uint8Array | null;
  /** Resolves once the document of the open analysis is bound (or found to have none). */
  ready(): Promise<void>;
  stop(): void;
}

interface Opened {
  id: string;
  document: LocalDocument | null;
  opening: Promise<LocalDocument | null>;
}

/**
 * Keeps the store's open analysis bound to its Yjs document (tabs/localDocument, a lazy chunk):
 * opened when the analysis is, let go when another opens or while the analysis is shared (the
 * shared connection binds the server's document then). An analysis with no stored row yet (a
 * blank stand-in) has none until its first save stores it. Without IndexedDB (`db` null, memory
 * mode) every analysis gets a document of this tab's own, unstored: undo is Yjs' there too.
 */
export function followOpenAnalysis(store: AppStore, db: OntrafelDb | null): OpenDocument {
  let opened: Opened | null = null;
  let stopped = false;

  const wantedId = () => {
    const { analysis, shareStatus } = store.getState();
    const shared = shareStatus.kind === "connecting" || shareStatus.kind === "shared";
    return stopped || shared ? null : analysis.id;
  };

  const follow = () => {
    const id = wantedId();
    if (opened?.id === id) return;
    opened?.document?.stop();
    opened = null;
    if (id === null) return;
    const shown = store.getState().analysis;
    const entry: Opened = { id, document: null, opening: Promise.resolve(null) };
    entry.opening = import("./localDocument")
      .then(({ openLocalDocument, openMemoryDocument }) => {
        if (db) return openLocalDocument(store, db, shown, () => opened === entry);
        return opened === entry ? openMemoryDocument(store) : null;
      })
      .then((document) => {
        if (opened !== entry) {
          document?.stop();
          return null;
        }
        entry.document = document;
        return document;
      })
      .catch((error) => {
        console.warn("the analysis's Yjs document could not be opened", error);
        return null;
      });
    opened = entry;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.analysis.id !== previous.analysis.id ||
      state.shareStatus.kind !== previous.shareStatus.kind
    )
      follow();
  });
  follow();

  return {
    async save(analysis) {
      const entry = opened?.id === analysis.id ? opened : null;
      const document = entry ? await entry.opening : null;
      if (document && opened === entry) return document.save(analysis);
      if (!db) return;
      // Shared (the server's document is the truth; this row keeps its reading), or not
      // stored yet: written whole.
      await saveAnalysis(db, analysis);
      // Stored now: its document can be opened.
      if (entry && opened === entry && !document) {
        opened = null;
        follow();
      }
    },
    unsaved: (id) => (opened?.id === id ? (opened.document?.unsaved() ?? null) : null),
    ready: async () => {
      await opened?.opening;
    },
    stop() {
      stopped = true;
      unsubscribe();
      opened?.document?.stop();
      opened = null;
    },
  };
}
