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
