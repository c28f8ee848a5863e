// Loaded only when an analysis is shared (a lazy chunk): Yjs and the Hocuspocus provider
// never enter the first screen's script.
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import type { ShareRole } from "../../persistence/sharedAnalyses";
import type { ShareAddress } from "../../services/route";
import { readAccessMessage } from "../../services/sync/accessMessage";
import type { AppStore } from "../../state/createAppStore";
import type { EditAccess } from "../../state/slices/shareSlice";
import { type AnalysisBinding, bindAnalysis } from "./bindAnalysis";
import { bindPresence } from "./presence";

const RETRY_AT_MOST_MS = 5000;

const ACCESS: Record<ShareRole, EditAccess> = {
  owner: "full",
  editor: "full",
  readonly: "view",
  participant: "participant",
};

export interface SharedConnection {
  stop(): void;
}

export interface ConnectionEvents {
  /** The document arrived and the store shows it (its analysis id is the store's now). */
  onBound(role: ShareRole): void;
  /** The server refused the token (revoked, or unknown). */
  onRefused(reason: "revoked" | "unknown"): void;
  /**
   * The server refused a change of this participant (`refused`, a rare race: a dot given as the
   * round closed) and closed the connection. This device's copy of the document, which holds
   * that change, is gone by then, so the next connection starts from the server's.
   */
  onChangeRefused(): void;
}

/**
 * Connects the store's analysis to a shared document on the sync server. With `remembered`,
 * the role the server told this device for the link before, the analysis is bound at once to
 * this device's copy of the document (when there is one), so it can be worked on while the
 * server is out of reach; when the server's role arrives and differs, it is bound again with
 * that one (the server wins). Without it, nothing is bound before the server has said what the
 * link may do: a view or participant link never gets a moment of full access.
 */
export function connectShared(
  store: AppStore,
  address: ShareAddress,
  events: ConnectionEvents,
  /** The link's token and this device's key (persistence/deviceKey). */
  token: string,
  remembered: ShareRole | null = null,
): SharedConnection {
  const doc = new Y.Doc();
  // This device keeps its copy of the shared document in IndexedDB (y-indexeddb, a database
  // per shared document): edits made while the server was out of reach survive a reload or a
  // closed tab, and merge with the server's copy the next time (it is a CRDT: in either order).
  const local =
    typeof indexedDB === "undefined"
      ? null
      : new IndexeddbPersistence(`ontrafel-shared-${address.document}`, doc);
  let binding: AnalysisBinding | null = null;
  // The role the binding has: the remembered one until the server's word, then the server's.
  let boundAs: ShareRole | null = null;
  let stopped = false;
  // The server's word: its document has arrived and it has said what this link may do.
  let synced = false;
  let role: ShareRole | null = null;
  let answered = false;
  const setStatus = store.getState().setShareStatus;

  const refuse = (reason: string) => {
    if (stopped) return;
    stop();
    events.onRefused(reason === "revoked" ? "revoked" : "unknown");
  };
  const changeRefused = () => {
    if (stopped) return;
    // Before stop() destroys it: the local copy would send the refused change again.
    const cleared = local?.clearData() ?? Promise.resolve();
    stop();
    void cleared.then(() => events.onChangeRefused());
  };

  // A server that was down (restarted, redeployed) is tried again at least every 5 s, not
  // after Hocuspocus' default of up to 30 s; the jitter keeps many clients from coming at once.
  const socket = new HocuspocusProviderWebsocket({
    url: address.server,
    maxDelay: RETRY_AT_MOST_MS,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: address.document,
    document: doc,
    token,
    onSynced: () => {
      synced = true;
      bindWhenReady();
    },
    onStateless: ({ payload }) => {
      const said = readAccessMessage(payload);
      if (said && role === null) {
        role = said;
        bindWhenReady();
      }
    },
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    // The server closes a connection whose link was revoked while it was open, and one that
    // sent a change a participant may not make.
    onClose: ({ event }) => {
      if (event.reason === "revoked") refuse("revoked");
      if (event.reason === "refused") changeRefused();
    },
    onStatus: ({ status }) => {
      const current = store.getState().shareStatus;
      if (current.kind === "shared") setStatus({ ...current, online: status === "connected" });
    },
  });

  function bindAs(bound: ShareRole, online: boolean) {
    binding?.stop();
    const access = ACCESS[bound];
    store.getState().setEditAccess(access);
    binding = bindAnalysis(store, doc, { access });
    boundAs = bound;
    setStatus({ kind: "shared", access, online });
  }

  /** Once the server's document and its word on the role are here: bound with that role. */
  function bindWhenReady() {
    if (answered || stopped || !synced || role === null) return;
    answered = true;
    if (boundAs === role) setStatus({ kind: "shared", access: ACCESS[role], online: true });
    else bindAs(role, true);
    events.onBound(role);
  }

  // This device's copy, read: when it holds the analysis and a role is remembered for the
  // link, the analysis is bound to it now, not when (if ever) the server answers. Edits made
  // meanwhile are in the document, and reach the server and the colleagues when it does.
  void local?.whenSynced.then(() => {
    if (stopped || binding || remembered === null) return;
    if (doc.getMap("analysis").size === 0) return;
    bindAs(remembered, socket.status === WebSocketStatus.Connected);
  });

  // Who is here, their selections and pointers (the awareness protocol; read-only links too).
  const presence = provider.awareness ? bindPresence(store, provider.awareness) : null;

  // The browser knows when the network is gone: stop the connection then (a socket that looks
  // open would hold edits it cannot deliver) and connect again at once when it is back, instead
  // of waiting for the next retry. Edits made meanwhile stay in the document and sync then.
  // When the close of the old socket has not arrived by then (offline emulation keeps it open,
  // a busy machine delays it), the provider still says "connected", its connect() does nothing
  // and the late close does not reconnect (CI, 2026-12-06): the old socket is given up first.
  const offline = () => socket.disconnect();
  const online = () => {
    if (socket.status === WebSocketStatus.Connected && !socket.shouldConnect) {
      socket.onClose({ event: new CloseEvent("close", { code: 1000, reason: "offline" }) });
    }
    void socket.connect();
  };
  window.addEventListener("offline", offline);
  window.addEventListener("online", online);

  provider.attach();

  function stop() {
    if (stopped) return;
    stopped = true;
    presence?.stop();
    window.removeEventListener("offline", offline);
    window.removeEventListener("online", online);
    binding?.stop();
    store.getState().setEditAccess("full");
    provider.destroy();
    socket.destroy();
    void local?.destroy();
    doc.destroy();
  }
  return { stop };
}
