/** Where the app is: the analyses overview or one analysis (deep-linkable as #/analysis/<id>). */
export type Route = { kind: "overview" } | { kind: "analysis"; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/analysis\/([^/?#]+)$/.exec(hash);
  if (match?.[1]) return { kind: "analysis", id: decodeURIComponent(match[1]) };
  return { kind: "overview" };
}

export function routeHash(route: Route): string {
  return route.kind === "analysis" ? `#/analysis/${encodeURIComponent(route.id)}` : "#/";
}

/** Goes to a route as a new history entry, so the browser's back button returns. */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** What a share link carries: the sync server, the shared document's name and a token. */
export interface ShareAddress {
  server: string;
  document: string;
  token: string;
}

const SHARE_PREFIX = "#/shared?";

/**
 * A share link's fragment, `#/shared?server=…&doc=…&token=…` (a fragment never reaches a web
 * server); null for any other address.
 */
export function parseShareHash(hash: string): ShareAddress | null {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const params = new URLSearchParams(hash.slice(SHARE_PREFIX.length));
  const server = params.get("server");
  const document = params.get("doc");
  const token = params.get("token");
  return server && document && token ? { server, document, token } : null;
}

export function shareHash({ server, document, token }: ShareAddress): string {
  return `${SHARE_PREFIX}${new URLSearchParams({ server, doc: document, token })}`;
}
