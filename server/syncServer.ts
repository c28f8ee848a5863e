// Ontrafel's sync server: a stock Hocuspocus server (Yjs over WebSocket) with the documents in
// one SQLite file, a token check in onAuthenticate and the link API in onRequest.
import { Database } from "@hocuspocus/extension-database";
import { Server } from "@hocuspocus/server";
import type { ShareRole } from "../src/persistence/sharedAnalyses";
import { accessMessage } from "../src/services/sync/accessMessage";
import { handleApiRequest } from "./httpApi";
import { participantGuard } from "./participantGuard";
import { hash, openSyncStore, randomKey, type SyncStore } from "./syncStore";

export interface SyncServerOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Milliseconds an edit may wait before the document is written to SQLite (Hocuspocus' default 2 s). */
  storeDebounceMs?: number;
  quiet?: boolean;
  /** Stop cleanly on SIGINT/SIGTERM (the command line server); off in tests. */
  stopOnSignals?: boolean;
}

export interface RunningSyncServer {
  port: number;
  httpUrl: string;
  webSocketUrl: string;
  server: Server;
  store: SyncStore;
  stop(): Promise<void>;
}

/** Why a connection is refused; the app words it for the user. */
export type RefusalReason = "revoked" | "unknown-token";

/**
 * The app sends its link token and, after a dot, this device's own random key: a participant's
 * claims (participantGuard.ts) are the device's, so they hold across reconnects and reloads, and
 * no one else on the same link can act as that device. Without a key, the connection alone.
 */
function splitToken(token: string): { secret: string; device: string } {
  const [secret = "", deviceKey = ""] = token.split(".");
  return {
    secret,
    device: deviceKey.length >= 16 ? hash(deviceKey) : `connection:${randomKey(16)}`,
  };
}

function refuse(reason: RefusalReason): Error & { reason: RefusalReason } {
  return Object.assign(new Error(reason), { reason });
}

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const store = openSyncStore(options.dataDir);
  const host = options.host ?? "127.0.0.1";
  const guard = participantGuard(store);
  const server = new Server({
    port: options.port,
    address: host,
    quiet: options.quiet ?? false,
    stopOnSignals: options.stopOnSignals ?? false,
    debounce: options.storeDebounceMs ?? 2000,
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const { secret, device } = splitToken(token);
      const access = store.accessFor(documentName, secret);
      if (access.kind === "revoked") throw refuse("revoked");
      if (access.kind === "unknown") throw refuse("unknown-token");
      if (access.kind === "owner") return { role: "owner" };
      // The server drops every update sent over a read-only connection.
      if (access.role === "readonly") connectionConfig.readOnly = true;
      return { role: access.role, linkId: access.linkId, device };
    },
    // A participant link writes only what a participant may: each update is checked first.
    async beforeHandleMessage({ connection, context, document, update }) {
      const { role, device } = context as { role: ShareRole; device?: string };
      if (role === "participant" && device) await guard(connection, document, update, device);
    },
    // Tells the client what it may do: Hocuspocus' own scope cannot say "participant".
    async connected({ connection, context }) {
      connection.sendStateless(accessMessage((context as { role: ShareRole }).role));
    },
    async onRequest({ request, response, instance }) {
      if (await handleApiRequest(store, instance, request, response)) {
        // An empty rejection tells Hocuspocus the request is answered.
        return Promise.reject();
      }
    },
    async onDestroy() {
      store.close();
    },
    extensions: [
      new Database({
        fetch: async ({ documentName }) => store.loadState(documentName),
        store: async ({ documentName, state }) => store.saveState(documentName, state),
      }),
    ],
  });
  await server.listen();
  const port = server.address.port;
  return {
    port,
    httpUrl: `http://${host}:${port}`,
    webSocketUrl: `ws://${host}:${port}`,
    server,
    store,
    // As when the process ends: every socket drops first, so clients notice and reconnect to
    // the next server on the port. (Hocuspocus' destroy alone closes the documents' connections
    // but leaves the shared sockets open, and a client on one would wait for nothing.)
    async stop() {
      for (const socket of server.webSocketServer.clients) socket.terminate();
      await server.destroy();
    },
  };
}
