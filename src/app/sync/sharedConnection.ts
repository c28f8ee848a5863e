// Loaded only when an analysis is shared (a lazy chunk): Yjs and the Hocuspocus provider
// never enter the first screen's script.
import { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";
import type { ShareAddress } from "../../services/route";
import type { AppStore } from "../../state/createAppStore";
import { type AnalysisBinding, bindAnalysis } from "./bindAnalysis";
import { bindPresence } from "./presence";

export interface SharedConnection {
  stop(): void;
}

export interface ConnectionEvents {
  /** The document arrived and the store shows it (its analysis id is the store's now). */
  onBound(readOnly: boolean): void;
  /** The server refused the token (revoked, or unknown). */
  onRefused(reason: "revoked" | "unknown"): void;
}

/** Connects the store's analysis to a shared document on the sync server. */
export function connectShared(
  store: AppStore,
  address: ShareAddress,
  events: ConnectionEvents,
): SharedConnection {
  const doc = new Y.Doc();
  let binding: AnalysisBinding | null = null;
  let stopped = false;
  const setStatus = store.getState().setShareStatus;

  const refuse = (reason: string) => {
    if (stopped) return;
    stop();
    events.onRefused(reason === "revoked" ? "revoked" : "unknown");
  };

  const provider = new HocuspocusProvider({
    url: address.server,
    name: address.document,
    document: doc,
    token: address.token,
    onSynced: () => {
      if (binding || stopped) return;
      const readOnly = provider.authorizedScope === "readonly";
      store.getState().setEditAccess(readOnly ? "view" : "full");
      binding = bindAnalysis(store, doc, { readOnly });
      setStatus({ kind: "shared", readOnly, online: true });
      events.onBound(readOnly);
    },
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    // The server closes a connection whose link was revoked while it was open.
    onClose: ({ event }) => {
      if (event.reason === "revoked") refuse("revoked");
    },
    onStatus: ({ status }) => {
      const current = store.getState().shareStatus;
      if (current.kind === "shared") setStatus({ ...current, online: status === "connected" });
    },
  });

  // Who is here, their selections and pointers (the awareness protocol; read-only links too).
  const presence = provider.awareness ? bindPresence(store, provider.awareness) : null;

  function stop() {
    if (stopped) return;
    stopped = true;
    presence?.stop();
    binding?.stop();
    store.getState().setEditAccess("full");
    provider.destroy();
    doc.destroy();
  }
  return { stop };
}
