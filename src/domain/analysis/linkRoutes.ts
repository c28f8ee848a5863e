import type { Box, PlacedNode } from "./geometry";
import { type Point, routeLink } from "./linkRoute";

export interface RoutedEnds {
  id: string;
  source: string;
  target: string;
}

/** A drawn box as routing needs it: `within` names the cluster a card sits in. */
export interface RoutingBox {
  id: string;
  box: Box;
  within: string | null;
}

/** The boxes of drawn nodes (placedNodes) as routing needs them. */
export function routingBoxes(placed: readonly PlacedNode[]): RoutingBox[] {
  const drawn = new Set(placed.map((p) => p.node.id));
  return placed.map(({ node, box }) => ({
    id: node.id,
    box,
    within:
      node.kind === "quote" && node.clusterId && drawn.has(node.clusterId) ? node.clusterId : null,
  }));
}

/**
 * Routes links between drawn boxes (routingBoxes) around the top-level boxes: clusters,
 * factors, notes and loose cards. A link passes over its own ends and the clusters that hold
 * them. The router remembers each link's route with the boxes it depended on, so dragging
 * one box re-routes only the links near it.
 */
export function createLinkRouter() {
  const memo = new Map<string, { key: string; route: Point[] }>();
  return function routeLinks(
    links: readonly RoutedEnds[],
    drawn: readonly RoutingBox[],
  ): Map<string, Point[]> {
    const boxes = new Map<string, Box>();
    const parent = new Map<string, string>();
    const tops: { id: string; box: Box }[] = [];
    for (const { id, box, within } of drawn) {
      boxes.set(id, box);
      if (within) parent.set(id, within);
      else tops.push({ id, box });
    }
    const routes = new Map<string, Point[]>();
    for (const link of links) {
      const source = boxes.get(link.source);
      const target = boxes.get(link.target);
      if (!source || !target) continue;
      const own = new Set([link.source, link.target]);
      for (const end of [link.source, link.target]) {
        const cluster = parent.get(end);
        if (cluster) own.add(cluster);
      }
      const obstacles = tops.filter((t) => !own.has(t.id) && near(t.box, source, target));
      const key = boxesKey([source, target, ...obstacles.map((o) => o.box)]);
      const known = memo.get(link.id);
      if (known?.key === key) {
        routes.set(link.id, known.route);
        continue;
      }
      const route = routeLink(
        source,
        target,
        obstacles.map((o) => o.box),
      );
      memo.set(link.id, { key, route });
      routes.set(link.id, route);
    }
    for (const id of memo.keys()) if (!routes.has(id)) memo.delete(id);
    return routes;
  };
}

/** Far boxes are left out of a link's obstacles: a route stays near its ends. */
const MARGIN = 800;

function near(box: Box, a: Box, b: Box): boolean {
  const left = Math.min(a.x, b.x) - MARGIN;
  const top = Math.min(a.y, b.y) - MARGIN;
  const right = Math.max(a.x + a.width, b.x + b.width) + MARGIN;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + MARGIN;
  return box.x < right && box.x + box.width > left && box.y < bottom && box.y + box.height > top;
}

/**
 * A short fingerprint of boxes (two 32-bit hashes and the count): cheap to build for every
 * link on every drag frame, where joining the numbers as text was not.
 */
function boxesKey(boxes: readonly Box[]): string {
  let a = 0x811c9dc5;
  let b = 17;
  const mix = (value: number) => {
    const v = Math.round(value * 8);
    a = Math.imul(a ^ v, 0x01000193);
    b = (Math.imul(b, 31) + v) | 0;
  };
  for (const box of boxes) {
    mix(box.x);
    mix(box.y);
    mix(box.width);
    mix(box.height);
  }
  return `${boxes.length}:${a >>> 0}:${b >>> 0}`;
}
