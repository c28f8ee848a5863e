import { createLinkRouter } from "../../../domain/analysis/linkRoutes";
import type { RouteReply, RouteRequest } from "./routeJob";

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One router for the page's life: it remembers routes, so a drag re-routes only nearby links.
const routeLinks = createLinkRouter();

scope.onmessage = (event: MessageEvent<RouteRequest>) => {
  const { id, links, boxes } = event.data;
  const reply: RouteReply = { id, routes: [...routeLinks(links, boxes)] };
  scope.postMessage(reply);
};
