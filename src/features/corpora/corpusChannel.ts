import type { MessageChannelLike } from "../../services/channel";

/** Tells the browser's other tabs that a stored corpus or its corrections changed. */
export interface CorpusChangedMessage {
  type: "corpus-changed";
  corpusId: string;
}

export type CorpusChannel = MessageChannelLike<CorpusChangedMessage>;

export const CORPUS_CHANNEL = "ontrafel-corpora";

/** The corpus a message from another tab names, or null when it is not a corpus change. */
export function corpusChanged(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  return m.type === "corpus-changed" && typeof m.corpusId === "string" ? m.corpusId : null;
}
