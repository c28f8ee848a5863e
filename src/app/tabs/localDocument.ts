// Loaded after the first screen (a lazy chunk): Yjs never enters the start-up script.
import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import { stateOfAnalysis } from "../../io/ydoc/documentState";
import { openDocumentState, saveDocument } from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import {
  openRelayChannel,
  type RelayChannel,
  relayBetweenTabs,
} from "../../services/sync/tabRelay";
import type { AppStore } from "../../state/createAppStore";
import { type AnalysisBinding, bindAnalysis } from "../sync/bindAnalysis";

/*
 * An analysis that is not shared is a Yjs document too, kept in its stored row (record version
 * 3: the state beside its JSON reading, one put) rather than in a database of its own, so the
 * row stays the one home of a stored analysis: trash, copies, snapshots, exports and the storage
 * drills keep working on it as before.
 *
 * - The store is a view of the document (bindAnalysis, the binding shared analyses use): this
 *   person's edits are written in as their own transactions, which Y.UndoManager undoes, and
 *   what arrives from another tab is shown without an undo step.
 * - Tabs of this browser on the analysis exchange changes at once over a BroadcastChannel with
 *   Yjs' sync protocol (services/sync/tabRelay), so every tab shows every tab's edits and may edit.
 * - A save merges the stored state when another tab wrote it since this one last read or wrote
 *   it (a missed message, a tab that opened later), then writes the merge: Yjs' merge, in one
 *   transaction, so no tab's edit is lost and none is stored twice.
 */

/** Marks what the stored state brought in (another tab's save): no edit of this person's. */
const STORAGE_ORIGIN = { name: "ontrafel-storage" };

export interface LocalDocument {
  readonly analysisId: string;
  /** Stores the document (merged with what another tab stored meanwhile) and its reading. */
  save(): Promise<void>;
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
  const state = await openDocumentState(db, id, stateOfAnalysis);
  if (!state || !wanted()) {
    channel?.close();
    return null;
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state.ydoc, STORAGE_ORIGIN);
  let writer = state.writer;
  let stored = Y.encodeStateVector(doc);
  // Before the binding, so this tab's first change is already relayed.
  const relay = relayBetweenTabs(doc, channel);
  const binding: AnalysisBinding = bindAnalysis(store, doc, { access: "full", shown });

  return {
    analysisId: id,
    async save() {
      binding.flush();
      writer = await saveDocument(db, id, (inStorage) => {
        if (inStorage && inStorage.writer !== writer) {
          Y.applyUpdate(doc, inStorage.ydoc, STORAGE_ORIGIN);
        }
        const { viewport } = store.getState().analysis;
        return { analysis: { ...binding.current(), viewport }, ydoc: Y.encodeStateAsUpdate(doc) };
      });
      stored = Y.encodeStateVector(doc);
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
