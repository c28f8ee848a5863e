// A simulated device: its own Y.Doc and its own socket to the sync server, as a browser has.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

export interface SoakClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the document is synced; rejects when the token is refused or after 60 s. */
  synced: Promise<void>;
  /** Closes its connection and socket (again: nothing). */
  close(): void;
}

export function connectClient(webSocketUrl: string, name: string, token: string): SoakClient {
  const doc = new Y.Doc();
  let settle: (error?: Error) => void = () => {};
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => settle(new Error("not synced within 60 s")), 60_000);
    settle = (error) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
  });
  const provider = new HocuspocusProvider({
    // Node 20 has no WebSocket of its own.
    websocketProvider: new HocuspocusProviderWebsocket({
      url: webSocketUrl,
      WebSocketPolyfill: WebSocket,
    }),
    name,
    document: doc,
    token,
    onSynced: () => settle(),
    onAuthenticationFailed: ({ reason }) => settle(new Error(`soak: refused (${reason})`)),
  });
  provider.attach();
  let closed = false;
  return {
    doc,
    provider,
    synced,
    close() {
      if (closed) return;
      closed = true;
      provider.destroy();
      provider.configuration.websocketProvider.destroy();
    },
  };
}

/** Resolves once the server has acknowledged every edit the client sent. */
export function acknowledged(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (!provider.hasUnsyncedChanges) return resolve();
    const onChange = ({ number }: { number: number }) => {
      if (number !== 0) return;
      provider.off("unsyncedChanges", onChange);
      resolve();
    };
    provider.on("unsyncedChanges", onChange);
  });
}
