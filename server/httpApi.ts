// The sync server's small HTTP API for managing a shared document's links (through Hocuspocus'
// onRequest hook, beside the WebSocket on the same port):
//   POST   /api/documents                    → 201 { name, ownerSecret }
//   GET    /api/documents/:name/links        → 200 { links }         (owner only)
//   POST   /api/documents/:name/links {role} → 201 { id, token, role } (owner only)
//   DELETE /api/documents/:name/links/:id    → 204, and open connections of that link close
//                                               (on every instance when scaled out: scaleOut.ts)
// The owner proves itself with `Authorization: Bearer <ownerSecret>`. No cookies are used, so
// any origin may call it (CORS *): a request without the secret can do nothing but create a
// new, empty document.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Hocuspocus } from "@hocuspocus/server";
import { isLinkRole, type SyncStore } from "./syncStore";

const MAX_BODY_BYTES = 1024;

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "600",
};

function send(response: ServerResponse, status: number, body?: unknown): void {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  response.writeHead(status, headers);
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? "";
  return header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
}

/** Closes this instance's open connections that came in through a link, after it was revoked. */
export function closeLinkConnections(instance: Hocuspocus, name: string, linkId: string): void {
  const document = instance.documents.get(name);
  for (const connection of document?.getConnections() ?? []) {
    if (connection.context?.linkId === linkId) connection.close({ code: 4403, reason: "revoked" });
  }
}

/**
 * Answers an API request; false when the path is not the API's (Hocuspocus then gives its
 * default answer). `revoked` closes the open connections of a link just revoked.
 */
export async function handleApiRequest(
  store: SyncStore,
  revoked: (name: string, linkId: string) => Promise<void>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const parts = url.pathname.split("/").filter((part) => part !== "");
  if (parts[0] !== "api" || parts[1] !== "documents") return false;
  const method = request.method ?? "GET";
  if (method === "OPTIONS") {
    send(response, 204);
    return true;
  }

  if (parts.length === 2 && method === "POST") {
    send(response, 201, store.createDocument());
    return true;
  }

  const name = parts[2] ?? "";
  if (parts[3] !== "links" || parts.length > 5) {
    send(response, 404, { error: "not-found" });
    return true;
  }
  if (!store.isOwner(name, bearer(request))) {
    send(response, 403, { error: "not-owner" });
    return true;
  }

  const linkId = parts[4];
  if (linkId === undefined && method === "GET") {
    send(response, 200, { links: store.listLinks(name) });
  } else if (linkId === undefined && method === "POST") {
    const body = await readJsonBody(request);
    const role = (body as { role?: unknown } | undefined)?.role;
    if (!isLinkRole(role)) send(response, 400, { error: "bad-role" });
    else send(response, 201, store.createLink(name, role));
  } else if (linkId !== undefined && method === "DELETE") {
    if (!store.revokeLink(name, linkId)) {
      send(response, 404, { error: "not-found" });
    } else {
      await revoked(name, linkId);
      send(response, 204);
    }
  } else {
    send(response, 405, { error: "method-not-allowed" });
  }
  return true;
}
