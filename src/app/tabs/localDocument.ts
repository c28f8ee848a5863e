// Loaded after the first screen (a lazy chunk): Yjs never enters the start-up script.
import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import { compactUpdates, stateOfAnalysis } from "../../io/ydoc/documentState";
import { openDocument, saveDocument } from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import {
  openRelayChannel,
  type RelayChannel,
  relayBetweenTabs,
} from "../../services/sync/tabRelay";
import type { AppStore } from "../../state/createAppStore";
import { type AnalysisBinding, bindAnalysis } from "../sync/bindAnalysis";

/*
 * An analysis that is not shared is a Yjs document too, stored as a list of updates beside its
 * row (persistence: documentUpdates, database version 4), with the document's JSON reading kept
 * too (analysisJson, database version 5), which start-up, the overview, exports and snapshots
 * read without Yjs.
 *
 * - The store is a view of the document (bindAnalysis, the binding shared analyses use): this
 *   person's edits are written in as their own transactions, which Y.UndoManager undoes, and
 *   what arrives from another tab is shown without an undo step.
 * - Tabs of this browser on the analysis exchange changes at once over a BroadcastChannel with
 *   Yjs' sync protocol (services/sync/tabRelay), so every tab shows every tab's edits and may
 *   edit.
 * - A save applies the updates other tabs stored since this one last looked (a missed message, a
 *   tab that opened later), then adds this tab's change since its last save (a few dozen bytes
 *   for an edit) and the new reading, in one transaction: Yjs' merge, so no tab's edit is lost.
 */

/** Marks what the stored state brought in (another tab's save): no edit of this person's. */
const STORAGE_ORIGIN = { name: "ontrafel-storage" };

export interface LocalDocument {
  readonly analysisId: string;
  /**
   * Stores the document (merged with what another tab stored meanwhile) and its reading: the
   * store's, or `analysis` (the autosave's copy) once the store shows another analysis.
   */
  save(analysis: Analysis): Promise<void>;
  /** This tab's changes that are not stored yet, as one Yjs update (for a rescue copy). */
  unsaved(): Uint8Array;
  stop(): void;
}

/**
 * Opens the Yjs document of the store's analysis `shown` (the store already shows it) and binds
 * the store to it; null when it is not stored (a blank stand-in) or `wanted` says it is no longer
 * the one to open (the person moved on while the state was read).
 */
export async function openLocalDocument(
  store: AppStore,
  db: OntrafelDb,
  shown: Analysis,
  wanted: () => boolean,
  channel: RelayChannel | null = openRelayChannel(shown.id),
): Promise<LocalDocument | null> {
  const id = shown.id;
  const opened = await openDocument(db, id, stateOfAnalysis, compactUpdates);
  if (!opened || !wanted()) {
    channel?.close();
    return null;
  }
  const doc = new Y.Doc();
  for (const update of opened.updates) Y.applyUpdate(doc, update, STORAGE_ORIGIN);
  // The newest stored update this tab has read or written, and the document as of then.
  let seq = opened.lastSeq;
  let stored = Y.encodeStateVector(doc);
  // Before the binding, so this tab's first change is already relayed.
  const relay = relayBetweenTabs(doc, channel);
  const binding: AnalysisBinding = bindAnalysis(store, doc, { access: "full", shown });

  return {
    analysisId: id,
    async save(analysis) {
      binding.flush();
      let written = stored;
      seq = await saveDocument(db, id, seq, (newer) => {
        for (const update of newer) Y.applyUpdate(doc, update, STORAGE_ORIGIN);
        written = Y.encodeStateVector(doc);
        // The store's reading: the document, with a drag or a field edit still in progress
        // (written into the document when it ends). Opening prefers the newer of the two.
        const shownNow = store.getState().analysis;
        return {
          analysis: shownNow.id === id ? shownNow : analysis,
          update: Y.encodeStateAsUpdate(doc, stored),
        };
      });
      // Only once it is stored: a refused save (storage full) is written again in full.
      stored = written;
    },
    unsaved() {
      binding.flush();
      return Y.encodeStateAsUpdate(doc, stored);
    },
    stop() {
      binding.stop();
      relay.stop();
      doc.destroy();
    },
  };
}

/**
 * Memory mode (no IndexedDB): the analysis's document lives in this tab alone, never stored and
 * never relayed (each tab has its own analysis then). The store's analysis is written in as its
 * start, so undo and redo work as with a stored one.
 */
export function openMemoryDocument(store: AppStore): LocalDocument {
  const doc = new Y.Doc();
  const binding = bindAnalysis(store, doc, { access: "full" });
  return {
    analysisId: store.getState().analysis.id,
    async save() {
      binding.flush();
    },
    unsaved() {
      binding.flush();
      return Y.encodeStateAsUpdate(doc);
    },
    stop() {
      binding.stop();
      doc.destroy();
    },
  };
}
