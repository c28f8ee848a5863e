import { fail, ok, type Result } from "../../domain/result";

/** A share link's role on the sync server (server/syncStore.ts). */
export type LinkRole = "editor" | "readonly" | "participant";

export interface ShareLinkInfo {
  id: string;
  role: LinkRole;
  createdAt: string;
  revokedAt: string | null;
}

/** Why a request to the sync server failed, in the app's own terms (no server text shown). */
export type ShareApiError = "unreachable" | "notOwner" | "server";

/** The server's HTTP address for its WebSocket address (ws → http, wss → https). */
export function httpBaseOf(serverUrl: string): string {
  return serverUrl.replace(/^ws(s?):\/\//i, "http$1://").replace(/\/+$/, "");
}

async function request<T>(
  serverUrl: string,
  path: string,
  init: { method: string; secret?: string; body?: unknown },
): Promise<Result<T, ShareApiError>> {
  const headers: Record<string, string> = {};
  if (init.secret) headers.Authorization = `Bearer ${init.secret}`;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(`${httpBaseOf(serverUrl)}${path}`, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return fail("unreachable");
  }
  if (response.status === 403) return fail("notOwner");
  if (!response.ok) return fail("server");
  if (response.status === 204) return ok(undefined as T);
  try {
    return ok((await response.json()) as T);
  } catch {
    return fail("server");
  }
}

/** Puts a new, empty document on the server: its unguessable name and the owner's secret. */
export const createSharedDocument = (serverUrl: string) =>
  request<{ name: string; ownerSecret: string }>(serverUrl, "/api/documents", { method: "POST" });

export const createShareLink = (serverUrl: string, name: string, secret: string, role: LinkRole) =>
  request<{ id: string; token: string; role: LinkRole }>(
    serverUrl,
    `/api/documents/${encodeURIComponent(name)}/links`,
    { method: "POST", secret, body: { role } },
  );

export const listShareLinks = (serverUrl: string, name: string, secret: string) =>
  request<{ links: ShareLinkInfo[] }>(
    serverUrl,
    `/api/documents/${encodeURIComponent(name)}/links`,
    { method: "GET", secret },
  );

export const revokeShareLink = (serverUrl: string, name: string, secret: string, id: string) =>
  request<void>(
    serverUrl,
    `/api/documents/${encodeURIComponent(name)}/links/${encodeURIComponent(id)}`,
    { method: "DELETE", secret },
  );
