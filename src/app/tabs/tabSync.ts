import type { TemporalState } from "zundo";
import type { StoreApi } from "zustand";
import type { Analysis } from "../../domain/analysis/analysis";
import { mergeAnalysis, sameDocument } from "../../domain/analysis/mergeAnalysis";
import { readAnalysis } from "../../domain/analysis/migrations";
import { readStoredAnalysis, saveMergingNewer } from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import { openBroadcastChannel } from "../../services/channel";
import {
  isSavedMessage,
  type SavedMessage,
  TAB_CHANNEL,
  type TabChannel,
} from "../../services/tabChannel";
import type { AppStore } from "../../state/createAppStore";
import type { HistoryState } from "../../state/slices/canvasSlice";

/*
 * Two tabs on one analysis: LIVE SYNC, not single-writer. A facilitator opens a second window
 * for the projector, or forgets an old tab; being told "open elsewhere, read-only" there is a
 * chore, and a stale tab that takes over would wipe newer work. So every tab may edit:
 *
 * - A tab that saved announces {analysisId, updatedAt} on a BroadcastChannel. Tabs showing that
 *   analysis read it back from IndexedDB and put it in the store without an undo step and
 *   without saving it again (the autosave skips what `isStored` recognises).
 * - Each save is a compare-and-swap (analysisRepo.saveMergingNewer): when another tab stored a
 *   newer version since this tab last saw one, the two are merged three-way per node and edge
 *   (this tab's changes win on what it touched, a delete never beats an edit), so no edit is
 *   lost even when both tabs type at once or a message is missed.
 * - The viewport stays each window's own: the projector may zoom without moving the laptop.
 * - Undo history is cleared when another tab's version arrives: undoing would otherwise restore
 *   a snapshot without the other tab's work and silently save over it.
 * - Live (workshop mode): every change is also sent at once as a "live" message carrying the
 *   document, so a projector window shows it well within a second instead of after the
 *   debounced save. A tab with no unsaved edits of its own shows it as if stored (no save, no
 *   undo step); the "saved" message that follows confirms it. A tab with unsaved edits ignores
 *   it and merges at save time as before.
 */

/** At most this often a stream of changes (a drag) is sent live; the first goes at once. */
export const LIVE_INTERVAL_MS = 100;

export interface TabSync {
  /** The autosave's save: writes the open analysis, merged with what other tabs stored. */
  save(analysis: Analysis): Promise<void>;
  /** True for an analysis object that storage holds as it is, so saving it is pointless. */
  isStored(analysis: Analysis): boolean;
  /** The newest stored version of an analysis this tab knows: what its edits build on. */
  baseOf(id: string): Analysis | null;
  /** Resolves when every announced change received so far has been applied (for tests). */
  idle(): Promise<void>;
  stop(): void;
}

function openChannel(): TabChannel | null {
  return openBroadcastChannel(TAB_CHANNEL);
}

export function startTabSync(
  store: AppStore,
  db: OntrafelDb,
  channel: TabChannel | null = openChannel(),
): TabSync {
  // Per analysis: the newest version this tab knows to be stored; the store's document is that
  // version plus this tab's unsaved edits.
  const base = new Map<string, Analysis>();
  // Per analysis: the store's document while it equals the stored copy (nothing to save).
  const inSync = new Map<string, Analysis>();
  const history = () => (store.temporal as StoreApi<TemporalState<HistoryState>>).getState();

  // Per analysis: the updatedAt of the newest stored version this tab knows. A live copy built
  // on an older one lacks saved work of this tab, and applying it would drop that work.
  const storedAt = new Map<string, number>();
  const stored = (analysis: Analysis) =>
    storedAt.set(analysis.id, Math.max(storedAt.get(analysis.id) ?? 0, analysis.updatedAt));

  const known = (analysis: Analysis) => {
    base.set(analysis.id, analysis);
    inSync.set(analysis.id, analysis);
    stored(analysis);
  };
  known(store.getState().analysis);

  // True while another tab's work is put in the store: that is no change to send on.
  let applying = false;
  /** Puts another tab's work in the store: no undo step; `asStored` keeps the autosave quiet. */
  const apply = (analysis: Analysis, asStored: boolean) => {
    if (asStored) inSync.set(analysis.id, analysis);
    applying = true;
    store.getState().replaceAnalysis(analysis);
    history().clear();
    applying = false;
  };

  // --- live changes (workshop mode): send each edit at once, throttled while it streams ---
  let liveTimer: ReturnType<typeof setTimeout> | null = null;
  let lastLive = Number.NEGATIVE_INFINITY;
  const postLive = () => {
    liveTimer = null;
    lastLive = performance.now();
    const { analysis } = store.getState();
    channel?.postMessage({ type: "live", analysis, storedAt: storedAt.get(analysis.id) ?? 0 });
  };
  // Whether another tab or window listens; until one does, live copies are held back.
  let peers = false;
  let heldBack = false;
  const peerSeen = () => {
    if (peers) return;
    peers = true;
    if (heldBack) sendLive();
  };
  const sendLive = () => {
    if (!channel || liveTimer) return;
    heldBack = !peers;
    if (heldBack) return;
    const wait = LIVE_INTERVAL_MS - (performance.now() - lastLive);
    if (wait <= 0) postLive();
    else liveTimer = setTimeout(postLive, wait);
  };
  const receiveLive = (message: { analysis?: unknown; storedAt?: unknown }) => {
    const read = readAnalysis(message.analysis);
    if (!read.ok || typeof message.storedAt !== "number") return;
    // Built before the newest save this tab knows: it lacks that work. The sender's own save
    // will merge it; until then this tab keeps what it has.
    if (message.storedAt < (storedAt.get(read.value.id) ?? 0)) return;
    const current = store.getState().analysis;
    const live = read.value;
    // Only over a document without unsaved edits here; those are merged at save time.
    if (live.id !== current.id || inSync.get(current.id) !== current) return;
    if (live.updatedAt < current.updatedAt || sameDocument(live, current)) return;
    apply({ ...live, viewport: current.viewport }, true);
    // Its content is the other tab's, not an edit of ours: a later merge must see it as base.
    base.set(live.id, live);
  };
  // --- end live changes ---

  const unsubscribe = store.subscribe((state, previous) => {
    // Opening an analysis reads it from storage: that copy is the base.
    if (state.analysis.id !== previous.analysis.id) known(state.analysis);
    // A viewport of its own is no news for other windows.
    else if (
      !applying &&
      state.analysis !== previous.analysis &&
      (state.analysis.nodes !== previous.analysis.nodes ||
        state.analysis.edges !== previous.analysis.edges ||
        state.analysis.votingRounds !== previous.analysis.votingRounds ||
        state.analysis.coveredQuotes !== previous.analysis.coveredQuotes ||
        state.analysis.title !== previous.analysis.title)
    )
      sendLive();
  });

  let receiving: Promise<void> = Promise.resolve();
  const receive = async ({ analysisId }: SavedMessage) => {
    if (store.getState().analysis.id !== analysisId) return;
    const remote = await readStoredAnalysis(db, analysisId);
    const current = store.getState().analysis;
    const before = base.get(analysisId);
    if (!remote || current.id !== analysisId) return;
    if (before && remote.updatedAt <= before.updatedAt) return; // ours, or older than we know
    base.set(analysisId, remote);
    stored(remote);
    if (before && sameDocument(remote, before)) return;
    // Already shown live: only note that it is stored now.
    if (inSync.get(analysisId) === current && sameDocument(remote, current)) {
      inSync.set(analysisId, current);
      return;
    }
    if (inSync.get(analysisId) === current) apply({ ...remote, viewport: current.viewport }, true);
    // Unsaved edits here: show both at once; the autosave stores the merge.
    else apply(mergeAnalysis(before ?? current, current, remote), false);
  };
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    const type =
      typeof data === "object" && data !== null ? (data as { type?: unknown }).type : null;
    if (type === "hello") channel?.postMessage({ type: "here" });
    // Not "saved": announceSaved posts those from this very tab, on a channel of its own.
    if (type === "hello" || type === "here" || type === "live") peerSeen();
    if (type === "hello" || type === "here") return;
    if (type === "live") {
      // In order with saved messages, so an older save never overtakes a newer live state.
      receiving = receiving.then(() =>
        receiveLive(data as { analysis?: unknown; storedAt?: unknown }),
      );
      return;
    }
    if (!isSavedMessage(event.data)) return;
    const message = event.data;
    receiving = receiving.then(() => receive(message)).catch(() => {});
  };
  channel?.addEventListener("message", onMessage);
  channel?.postMessage({ type: "hello" });

  const save = async (analysis: Analysis) => {
    const id = analysis.id;
    const latest = () => {
      const current = store.getState().analysis;
      return current.id === id ? current : analysis;
    };
    const { written, local, merged } = await saveMergingNewer(db, id, base.get(id), latest);
    base.set(id, written);
    stored(written);
    const current = store.getState().analysis;
    if (current === local) {
      // A bumped timestamp alone is no reason to touch the store (and its undo history).
      if (merged) apply(written, true);
      else inSync.set(id, local);
    } else if (merged && current.id === id) {
      // Edited while writing: keep those edits on top of the merged version.
      apply(mergeAnalysis(local, current, written), false);
    }
    channel?.postMessage({ type: "saved", analysisId: id, updatedAt: written.updatedAt });
  };

  return {
    save,
    isStored: (analysis) => inSync.get(analysis.id) === analysis,
    baseOf: (id) => base.get(id) ?? null,
    idle: () => receiving,
    stop() {
      unsubscribe();
      if (liveTimer) clearTimeout(liveTimer);
      channel?.removeEventListener("message", onMessage);
      channel?.close();
    },
  };
}
