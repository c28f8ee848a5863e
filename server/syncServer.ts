// Ontrafel's sync server: a stock Hocuspocus server (Yjs over WebSocket) with the documents in
// one SQLite file, a token check in onAuthenticate and the link API in onRequest; with a Redis
// URL, one of several instances behind a load balancer (scaleOut.ts).
import { Database } from "@hocuspocus/extension-database";
import { type Extension, type Hocuspocus, Server } from "@hocuspocus/server";
import type { ShareRole } from "../src/persistence/sharedAnalyses";
import { accessMessage } from "../src/services/sync/accessMessage";
import { closeLinkConnections, handleApiRequest } from "./httpApi";
import { participantGuard } from "./participantGuard";
import { type ScaleOut, scaleOut } from "./scaleOut";
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
  /**
   * `redis://HOST:PORT`: one of several instances sharing `dataDir`, which pass documents'
   * updates, awareness and revoked links to each other through this Redis (scaleOut.ts).
   */
  redisUrl?: string;
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
  const host = options.host ?? "127.0.0.1";
  let instance: Hocuspocus | null = null;
  const closeLink = (name: string, linkId: string) => {
    if (instance) closeLinkConnections(instance, name, linkId);
  };
  const scaled: ScaleOut | null = options.redisUrl
    ? await scaleOut(options.redisUrl, closeLink)
    : null;
  // Scaled out, another instance may have stored edits this one has not received yet.
  const store = openSyncStore(options.dataDir, { mergeStates: scaled !== null });
  const guard = participantGuard(store);
  const revoked = async (name: string, linkId: string) => {
    closeLink(name, linkId);
    // The revocation is in the shared file, so no instance lets the link in again at once. The
    // other instances close its open connections when the announcement reaches them: while
    // Redis is out of reach, when it is back (the owner is answered without waiting for that).
    scaled?.announceRevoked(name, linkId).catch((error: Error) => {
      console.error(`sync-server: revocation not passed on through Redis: ${error.message}`);
    });
  };
  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => store.loadState(documentName),
      store: async ({ documentName, state }) => store.saveState(documentName, state),
    }),
  ];
  if (scaled) extensions.push(scaled.extension);
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
    async onRequest({ request, response }) {
      if (await handleApiRequest(store, revoked, request, response)) {
        // An empty rejection tells Hocuspocus the request is answered.
        return Promise.reject();
      }
    },
    async onDestroy() {
      scaled?.stop();
      store.close();
    },
    extensions,
  });
  instance = server.hocuspocus;
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
