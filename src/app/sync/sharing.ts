import type { PresenceColour } from "../../domain/presence/participant";
import { fail, ok, type Result } from "../../domain/result";
import { translate } from "../../i18n/messages";
import { tokenWithDeviceKey } from "../../persistence/deviceKey";
import { chooseIdentity, readIdentity } from "../../persistence/presenceIdentity";
import {
  forgetShared,
  readSharing,
  rememberServerUrl,
  rememberShared,
  type SharedAnalysis,
  type ShareRole,
} from "../../persistence/sharedAnalyses";
import { parseShareHash, routeHash, type ShareAddress } from "../../services/route";
import { createSharedDocument, type ShareApiError } from "../../services/sync/shareApi";
import type { AppStore } from "../../state/createAppStore";
import type { SharedConnection } from "./sharedConnection";

/**
 * Sharing for the running app: opens share links (#/shared?…), reconnects an analysis this
 * device shared or joined whenever it is open, and starts sharing when the person asks ("Delen").
 * Nothing connects to a server before one of those. The connection code is a lazy chunk.
 */
export interface Sharing {
  /** Puts the open analysis on the server as a new shared document, this device its owner. */
  share(serverUrl: string): Promise<Result<SharedAnalysis, ShareApiError>>;
  /** Where the open analysis is shared, if it is. */
  current(): SharedAnalysis | null;
  stop(): void;
}

const controllers = new WeakMap<AppStore, Sharing>();

/** The sharing of the app's store (for the share dialog); null in tests without one. */
export function sharingOf(store: AppStore): Sharing | null {
  return controllers.get(store) ?? null;
}

/** The server the app offers first: the person's choice, else the deployment's VITE_SYNC_URL. */
export function defaultServerUrl(storage: Storage | null): string {
  return readSharing(storage).serverUrl ?? import.meta.env.VITE_SYNC_URL ?? "";
}

/** This device's participant in the store: the remembered name, else "Deelnemer <number>". */
function announceSelf(store: AppStore, storage: Storage | null) {
  const { id, name, number, colour } = readIdentity(storage);
  const state = store.getState();
  const shown = name ?? translate(state.language, "presence.defaultName", { number });
  state.setSelf({ id, name: shown, colour });
}

/** Remembers the name and colour the person chose, and tells the others. */
export function chooseSelf(
  store: AppStore,
  storage: Storage | null,
  choice: { name: string; colour: PresenceColour },
) {
  chooseIdentity(storage, choice);
  if (store.getState().self) announceSelf(store, storage);
}

/** Whether this person chose a name already (asked once, on the first share or link). */
export function hasChosenName(storage: Storage | null): boolean {
  return readIdentity(storage).name !== null;
}

export function startSharing(store: AppStore, storage: Storage | null): Sharing {
  let open: { address: ShareAddress; analysisId: string | null; stop(): void } | null = null;

  const disconnect = () => {
    open?.stop();
    open = null;
    store.getState().setShareStatus({ kind: "local" });
    store.getState().setSelf(null);
    store.getState().setUndoControl(null);
  };

  /**
   * Connects to the shared document at `address`; `remembered`, the role the server told this
   * device for it before, lets the analysis be bound to this device's copy before the server
   * answers (offline, server down).
   */
  const connect = (
    address: ShareAddress,
    analysisId: string | null,
    remembered: ShareRole | null,
  ) => {
    disconnect();
    store.getState().setShareStatus({ kind: "connecting" });
    announceSelf(store, storage);
    let connection: SharedConnection | null = null;
    let cancelled = false;
    const entry = {
      address,
      analysisId,
      stop: () => {
        cancelled = true;
        connection?.stop();
      },
    };
    open = entry;
    void import("./sharedConnection").then(({ connectShared }) => {
      if (cancelled) return;
      const token = tokenWithDeviceKey(address.token, storage);
      connection = connectShared(
        store,
        address,
        {
          onBound(told) {
            const id = store.getState().analysis.id;
            entry.analysisId = id;
            // The role the server told, whatever the link or the memory said.
            rememberShared(storage, id, { ...address, role: told });
            // A share link becomes the analysis' own address once it is here; whoever opened
            // it is asked once what the others should call them.
            if (parseShareHash(window.location.hash)) {
              window.location.replace(routeHash({ kind: "analysis", id }));
              if (!hasChosenName(storage)) store.getState().setNamePromptOpen(true);
            }
          },
          onRefused(reason) {
            if (entry.analysisId) forgetShared(storage, entry.analysisId);
            open = null;
            store.getState().setShareStatus({ kind: "refused", reason });
            store
              .getState()
              .setNotice((t) => t(reason === "revoked" ? "share.revoked" : "share.refused"));
          },
          onChangeRefused() {
            // Connect again, from the server's copy: the refused change is not in it.
            store.getState().setNotice((t) => t("share.changeRefused"));
            connect(address, entry.analysisId, null);
          },
        },
        token,
        remembered,
      );
    });
  };

  /** The open analysis' remembered share, connected when it is not yet. */
  const followOpenAnalysis = () => {
    const id = store.getState().analysis.id;
    if (open?.analysisId && open.analysisId !== id) disconnect();
    if (open) return;
    const remembered = readSharing(storage).analyses[id];
    if (remembered) connect(remembered, id, remembered.role);
  };

  const onHashChange = () => {
    const address = parseShareHash(window.location.hash);
    if (address && address.document !== open?.address.document) connect(address, null, null);
  };

  onHashChange();
  followOpenAnalysis();
  window.addEventListener("hashchange", onHashChange);
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.analysis.id !== previous.analysis.id) followOpenAnalysis();
  });

  const sharing: Sharing = {
    async share(serverUrl) {
      rememberServerUrl(storage, serverUrl);
      const created = await createSharedDocument(serverUrl);
      if (!created.ok) return fail(created.error);
      const id = store.getState().analysis.id;
      const share: SharedAnalysis = {
        server: serverUrl,
        document: created.value.name,
        token: created.value.ownerSecret,
        role: "owner",
      };
      rememberShared(storage, id, share);
      // A new document: bound once the server has it, as the first share's content.
      connect(share, id, null);
      return ok(share);
    },
    current: () => readSharing(storage).analyses[store.getState().analysis.id] ?? null,
    stop() {
      window.removeEventListener("hashchange", onHashChange);
      unsubscribe();
      disconnect();
      controllers.delete(store);
    },
  };
  controllers.set(store, sharing);
  return sharing;
}
