import type { Point } from "../../../domain/analysis/linkRoute";
import type { RoutedEnds, RoutingBox } from "../../../domain/analysis/linkRoutes";

/** What the page asks the routing worker: route these links among these boxes. */
export interface RouteRequest {
  id: number;
  links: readonly RoutedEnds[];
  boxes: readonly RoutingBox[];
}

/** The worker's answer: each link's route, by link id. */
export interface RouteReply {
  id: number;
  routes: [string, Point[]][];
}
