import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as sync from "y-protocols/sync";
import type * as Y from "yjs";
import { type MessageChannelLike, openBroadcastChannel } from "../channel";

/*
 * Tabs of one browser on one analysis keep their Yjs documents in step over a BroadcastChannel,
 * with Yjs' own sync protocol (y-protocols/sync, the messages y-websocket exchanges between tabs
 * too): a tab that starts asks for what it lacks (step 1, its state vector), the others answer
 * with exactly that (step 2), and every change after that goes out as an update. Yjs merges in
 * any order and ignores what it has, so a late, repeated or crossing message does no harm.
 */

/** Marks what came from another tab: it is no edit of this person's (not undone, not relayed). */
export const TAB_ORIGIN = { name: "ontrafel-tab" };

export type RelayChannel = MessageChannelLike<Uint8Array>;

/** The channel of one analysis's tabs. */
export function relayChannelName(analysisId: string): string {
  return `ontrafel-analysis-${analysisId}`;
}

export interface TabRelay {
  stop(): void;
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Relays `doc` to the other tabs on `channel` and applies theirs, until stopped. */
export function relayBetweenTabs(doc: Y.Doc, channel: RelayChannel | null): TabRelay {
  if (!channel) return { stop() {} };
  const onMessage = (event: MessageEvent) => {
    if (!(event.data instanceof Uint8Array)) return;
    const reply = encoding.createEncoder();
    try {
      sync.readSyncMessage(decoding.createDecoder(event.data), reply, doc, TAB_ORIGIN);
    } catch {
      // Not a sync message (another version of the app, a broken sender): nothing to apply.
      return;
    }
    if (encoding.length(reply) > 0) channel.postMessage(encoding.toUint8Array(reply));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== TAB_ORIGIN) channel.postMessage(message((e) => sync.writeUpdate(e, update)));
  };
  channel.addEventListener("message", onMessage);
  doc.on("update", onUpdate);
  channel.postMessage(message((e) => sync.writeSyncStep1(e, doc)));
  return {
    stop() {
      doc.off("update", onUpdate);
      channel.removeEventListener("message", onMessage);
      channel.close();
    },
  };
}

/** Opens the BroadcastChannel of an analysis's tabs (null where the browser has none). */
export function openRelayChannel(analysisId: string): RelayChannel | null {
  return openBroadcastChannel<Uint8Array>(relayChannelName(analysisId));
}

/** Sends one change to the tabs showing an analysis (a rename from the overview). */
export function announceUpdate(analysisId: string, update: Uint8Array): void {
  const channel = openRelayChannel(analysisId);
  channel?.postMessage(message((e) => sync.writeUpdate(e, update)));
  channel?.close();
}
