import { type MessageChannelLike, openBroadcastChannel } from "./channel";

/** The channel on which tabs tell each other about saved and live versions of an analysis. */
export const TAB_CHANNEL = "ontrafel-analyses";

export interface SavedMessage {
  type: "saved";
  analysisId: string;
  updatedAt: number;
}

/** Workshop mode: the changed document, sent before it is saved. */
export interface LiveMessage {
  type: "live";
  analysis: unknown;
  /** The newest stored version the sender knew (its updatedAt): what the document builds on. */
  storedAt: number;
}

/**
 * Sent when a tab starts, and answered, so each tab knows whether another one listens: live
 * copies (a structured clone of the whole document, ~10 ms at 2,000 nodes) are sent only then.
 */
export interface PresenceMessage {
  type: "hello" | "here";
}

/** The part of BroadcastChannel used here, so tests can pass a pair of fakes. */
export type TabChannel = MessageChannelLike<SavedMessage | LiveMessage | PresenceMessage>;

export function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== "object" || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === "saved" && typeof m.analysisId === "string" && typeof m.updatedAt === "number";
}

/**
 * For code that writes an analysis outside the autosave (rename, restore): tells the other
 * tabs, so those showing it reload it. Their unsaved edits are merged, not dropped.
 */
export function announceSaved(analysisId: string, updatedAt: number): void {
  const channel = openBroadcastChannel<SavedMessage>(TAB_CHANNEL);
  channel?.postMessage({ type: "saved", analysisId, updatedAt });
  channel?.close();
}
