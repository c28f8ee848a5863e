import { afterEach, describe, expect, it, vi } from "vitest";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import type { Analysis } from "../../domain/analysis/analysis";
import { setLabel } from "../../domain/analysis/operations";
import { analysisOfYDoc, writeAnalysis } from "../../io/ydoc/analysisYDoc";
import type { ShareRole } from "../../persistence/sharedAnalyses";
import { accessMessage } from "../../services/sync/accessMessage";
import { type AppStore, createAppStore } from "../../state/createAppStore";
import type { EditAccess, ShareStatus } from "../../state/slices/shareSlice";
import { connectShared, type SharedConnection } from "./sharedConnection";

// The provider stands in for the server: the test says when the server's document and its word
// on the role arrive (or that they never do, offline). This device's copy is the real y-indexeddb
// (on fake-indexeddb).
interface ProviderOptions {
  document: Y.Doc;
  onSynced(data: { state: boolean }): void;
  onStateless(data: { payload: string }): void;
}
const providers = vi.hoisted(() => [] as { options: ProviderOptions }[]);
vi.mock("@hocuspocus/provider", async (importOriginal) => {
  const real = await importOriginal<typeof import("@hocuspocus/provider")>();
  class HocuspocusProviderWebsocket {
    status = real.WebSocketStatus.Disconnected;
    connect() {}
    disconnect() {}
    destroy() {}
  }
  class HocuspocusProvider {
    awareness = null;
    constructor(readonly options: ProviderOptions) {
      providers.push(this);
    }
    attach() {}
    destroy() {}
  }
  return { ...real, HocuspocusProvider, HocuspocusProviderWebsocket };
});

const connections: SharedConnection[] = [];
afterEach(() => {
  for (const connection of connections.splice(0)) connection.stop();
  providers.splice(0);
});

const start = makeAnalysis([factor("a", null, "A"), factor("b", null, "B")]);
let documents = 0;

/**
 * A shared document on the server with `start` in it, this device's copy of it as it was when
 * it last had the server (in IndexedDB), and a store showing the analysis as Dexie kept it.
 */
async function sharedBefore() {
  const name = `doc-${++documents}`;
  const server = new Y.Doc();
  writeAnalysis(server, start);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  const persistence = new IndexeddbPersistence(`ontrafel-shared-${name}`, copy);
  await persistence.whenSynced;
  await persistence.destroy();

  const store = createAppStore();
  store.getState().openAnalysis(start);
  store.getState().setSelf({ id: "device-a", name: "Alice", colour: "#1d4ed8" });
  const statuses: ShareStatus[] = [];
  store.subscribe((next, previous) => {
    if (next.shareStatus !== previous.shareStatus) statuses.push(next.shareStatus);
  });
  const bound: ShareRole[] = [];
  const connect = (remembered: ShareRole | null) => {
    connections.push(
      connectShared(
        store,
        { server: "ws://sync.test", document: name, token: "t" },
        { onBound: (role) => bound.push(role), onRefused: () => {}, onChangeRefused: () => {} },
        "t",
        remembered,
      ),
    );
    const provider = providers.at(-1);
    if (!provider) throw new Error("no provider");
    return provider.options;
  };
  /** The server's copy arrives, then its word on what this link may do. */
  const serverAnswers = (provider: ProviderOptions, role: ShareRole) => {
    Y.applyUpdate(provider.document, Y.encodeStateAsUpdate(server), "server");
    provider.onSynced({ state: true });
    provider.onStateless({ payload: accessMessage(role) });
  };
  return { server, store, statuses, bound, connect, serverAnswers };
}

/** Waits until the store is bound with `access` while the server has not answered. */
const boundBeforeTheServer = (store: AppStore, access: EditAccess) =>
  vi.waitFor(() =>
    expect(store.getState().shareStatus).toEqual({ kind: "shared", access, online: false }),
  );

const labels = (analysis: Analysis) =>
  analysis.nodes.map((n) => ("label" in n ? n.label : n.id)).sort();

describe("a shared analysis opened before the server answers", () => {
  it("is bound at once to this device's copy with the remembered role; an edit made then stays when the server's copy arrives", async () => {
    const { server, store, bound, connect, serverAnswers } = await sharedBefore();
    const provider = connect("editor");
    await boundBeforeTheServer(store, "full");
    expect(bound).toEqual([]);

    store.getState().change((a) => setLabel(a, "a", "Offline bewerkt"));
    await vi.waitFor(() => {
      const inDoc = analysisOfYDoc(provider.document);
      expect(inDoc.ok && labels(inDoc.value)).toEqual(["B", "Offline bewerkt"]);
    });
    // A colleague's edit reached the server meanwhile.
    server.transact(() => writeAnalysis(server, setLabel(start, "b", "Van Bob")));

    serverAnswers(provider, "editor");
    expect(labels(store.getState().analysis)).toEqual(["Offline bewerkt", "Van Bob"]);
    expect(store.getState().shareStatus).toEqual({ kind: "shared", access: "full", online: true });
    expect(bound).toEqual(["editor"]);
  });

  it("is bound again with the server's role when that differs from the remembered one", async () => {
    const { store, bound, connect, serverAnswers } = await sharedBefore();
    const provider = connect("editor");
    await boundBeforeTheServer(store, "full");

    serverAnswers(provider, "readonly");
    expect(store.getState().editAccess).toBe("view");
    expect(store.getState().shareStatus).toEqual({ kind: "shared", access: "view", online: true });
    expect(bound).toEqual(["readonly"]);
    // Now view only: a change in the store is put back, the document keeps what it had.
    store.getState().change((a) => setLabel(a, "a", "Mag niet"));
    await vi.waitFor(() => expect(labels(store.getState().analysis)).toEqual(["A", "B"]));
    const inDoc = analysisOfYDoc(provider.document);
    expect(inDoc.ok && labels(inDoc.value)).toEqual(["A", "B"]);
  });

  it("with a remembered participant role, is bound at once as a participant, never with full access", async () => {
    const { store, statuses, connect, serverAnswers } = await sharedBefore();
    const provider = connect("participant");
    await boundBeforeTheServer(store, "participant");
    expect(store.getState().editAccess).toBe("participant");

    serverAnswers(provider, "participant");
    expect(statuses).toEqual([
      { kind: "shared", access: "participant", online: false },
      { kind: "shared", access: "participant", online: true },
    ]);
  });

  it("without a remembered role, waits for the server: a participant never has full access", async () => {
    const { store, statuses, connect, serverAnswers } = await sharedBefore();
    const provider = connect(null);
    // This device's copy is read into the document, and still nothing is bound.
    await vi.waitFor(() => expect(provider.document.getMap("analysis").size).toBeGreaterThan(0));
    expect(statuses).toEqual([]);

    serverAnswers(provider, "participant");
    expect(statuses).toEqual([{ kind: "shared", access: "participant", online: true }]);
    expect(store.getState().editAccess).toBe("participant");
  });
});
