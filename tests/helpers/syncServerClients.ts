// Clients of a real sync server for the Node tests (tests/unit/syncServer*.test.ts): the link
// API over fetch, and HocuspocusProviders over `ws` that report how their connection went.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { expect } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import type { RunningSyncServer } from "../../server/syncServer";
import type { Analysis } from "../../src/domain/analysis/analysis";
import type { IdSource } from "../../src/domain/analysis/ids";
import { analysisOfYDoc, writeAnalysis } from "../../src/io/ydoc/analysisYDoc";
import { readAccessMessage } from "../../src/services/sync/accessMessage";

type Server = Pick<RunningSyncServer, "httpUrl" | "webSocketUrl">;

const providers: HocuspocusProvider[] = [];

/** Ends every provider `connect` made (for afterEach). */
export function destroyProviders(): void {
  for (const provider of providers.splice(0)) {
    provider.destroy();
    provider.configuration.websocketProvider.destroy();
  }
}

export async function api(
  server: Server,
  path: string,
  init: RequestInit & { secret?: string } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.secret) headers.set("Authorization", `Bearer ${init.secret}`);
  if (init.body) headers.set("Content-Type", "application/json");
  return fetch(`${server.httpUrl}${path}`, { ...init, headers });
}

export async function createDocument(server: Server) {
  const response = await api(server, "/api/documents", { method: "POST" });
  expect(response.status).toBe(201);
  return (await response.json()) as { name: string; ownerSecret: string };
}

export async function createLink(server: Server, name: string, secret: string, role: string) {
  const response = await api(server, `/api/documents/${name}/links`, {
    method: "POST",
    secret,
    body: JSON.stringify({ role }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; token: string; role: string };
}

export async function revokeLink(server: Server, name: string, secret: string, id: string) {
  return api(server, `/api/documents/${name}/links/${id}`, { method: "DELETE", secret });
}

export type Outcome = { kind: "synced" } | { kind: "refused"; reason: string };

/** A provider connected with `token`, and how its connection went (synced or refused). */
export function connect(server: Server, name: string, token: string) {
  const document = new Y.Doc();
  let settle: (outcome: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  let told: (role: string) => void = () => {};
  const role = new Promise<string>((resolve) => {
    told = resolve;
  });
  const provider = new HocuspocusProvider({
    // Node 20 has no WebSocket of its own.
    websocketProvider: new HocuspocusProviderWebsocket({
      url: server.webSocketUrl,
      WebSocketPolyfill: WebSocket,
    }),
    name,
    document,
    token,
    onSynced: () => settle({ kind: "synced" }),
    onAuthenticationFailed: ({ reason }) => settle({ kind: "refused", reason }),
    onStateless: ({ payload }) => {
      const said = readAccessMessage(payload);
      if (said) told(said);
    },
  });
  provider.attach();
  providers.push(provider);
  return { document, provider, outcome, role };
}

/** The reason the server gives when it closes the provider's connection. */
export function closeReason(provider: HocuspocusProvider): Promise<string> {
  return new Promise<string>((resolve) =>
    provider.on("close", ({ event }: { event: { reason: string } }) => resolve(event.reason)),
  );
}

/** Resolves when `check` holds after one of the document's updates (or at once). */
export function when(document: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const onUpdate = () => {
      if (!check()) return;
      document.off("update", onUpdate);
      resolve();
    };
    document.on("update", onUpdate);
  });
}

/** The analysis a document holds (it must hold one). */
export function analysisIn(document: Y.Doc): Analysis {
  const read = analysisOfYDoc(document);
  if (!read.ok) throw new Error("the document holds no valid analysis");
  return read.value;
}

/** Changes the document's analysis as the app's binding writes a change: one transaction. */
export function edit(document: Y.Doc, change: (analysis: Analysis) => Analysis): void {
  writeAnalysis(document, change(analysisIn(document)));
}

export function idsFor(device: string): IdSource {
  let n = 0;
  return { next: (prefix) => `${prefix}_${device}_${++n}` };
}

/** Each participant device's own random key, sent after the link token (as the app does). */
export const DEVICE_ONE = "apparaat-een-0123456789abcdef";
export const DEVICE_TWO = "apparaat-twee-0123456789abcdef";
