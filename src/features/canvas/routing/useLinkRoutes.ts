import { useEffect, useRef, useState } from "react";
import type { Point } from "../../../domain/analysis/linkRoute";
import {
  createLinkRouter,
  type RoutedEnds,
  type RoutingBox,
  routingBoxes,
} from "../../../domain/analysis/linkRoutes";
import { useAppStore } from "../../../state/StoreProvider";
import type { DrawnBoard } from "../toFlowEdges";
import type { RouteReply, RouteRequest } from "./routeJob";

type Routes = ReadonlyMap<string, readonly Point[]>;
const NONE: Routes = new Map();

/**
 * The route of every drawn link (React Flow's and OverviewLinks') around the other boxes (linkRoute), computed in a Web Worker
 * so a layout or a drag never waits for it: a link whose ends moved since draws as one step
 * between facing sides until its new route arrives (RoutedEdge). While a card is dragged
 * nothing is sent: the board changes every frame, and copying every link and box to the worker
 * and every route back cost more than the frame (a profile of dragging one of 2,000 cards); the
 * links are routed once it is dropped. While the worker is busy, newer boards replace each
 * other and only the newest is routed next. Without Worker support (tests) routes are computed
 * here.
 */
export function useLinkRoutes(board: DrawnBoard): Routes {
  const dragging = useAppStore((s) => s.dragOrigin !== null);
  const [routes, setRoutes] = useState<Routes>(NONE);
  const router = useRef<ReturnType<typeof startRouter> | null>(null);

  useEffect(() => {
    const started = startRouter(setRoutes);
    router.current = started;
    return () => {
      started.stop();
      router.current = null;
    };
  }, []);
  useEffect(() => {
    if (dragging) return;
    const links = [...board.links, ...board.overview].map(({ id, source, target }) => ({
      id,
      source,
      target,
    }));
    router.current?.route(links, routingBoxes(board.placed));
  }, [board, dragging]);
  return routes;
}

function startRouter(publish: (routes: Routes) => void) {
  if (typeof Worker === "undefined") {
    const routeLinks = createLinkRouter();
    return {
      route: (links: readonly RoutedEnds[], boxes: readonly RoutingBox[]) =>
        publish(routeLinks(links, boxes)),
      stop: () => {},
    };
  }
  const worker = new Worker(new URL("./routes.worker.ts", import.meta.url), { type: "module" });
  let lastId = 0;
  let busy = false;
  let waiting: RouteRequest | null = null;
  let sent: { links: readonly RoutedEnds[]; boxes: readonly RoutingBox[] } | null = null;
  const send = (request: RouteRequest) => {
    busy = true;
    worker.postMessage(request);
  };
  worker.onmessage = (event: MessageEvent<RouteReply>) => {
    busy = false;
    publish(new Map(event.data.routes));
    if (waiting) {
      send(waiting);
      waiting = null;
    }
  };
  return {
    route(links: readonly RoutedEnds[], boxes: readonly RoutingBox[]) {
      if (sent && sameBoard(sent, { links, boxes })) return;
      sent = { links, boxes };
      const request = { id: ++lastId, links, boxes };
      if (busy) waiting = request;
      else send(request);
    },
    stop: () => worker.terminate(),
  };
}

/** Whether two boards have the same links between the same boxes (a pan changes neither). */
function sameBoard(
  a: { links: readonly RoutedEnds[]; boxes: readonly RoutingBox[] },
  b: { links: readonly RoutedEnds[]; boxes: readonly RoutingBox[] },
): boolean {
  return (
    a.links.length === b.links.length &&
    a.boxes.length === b.boxes.length &&
    a.links.every((l, i) => {
      const m = b.links[i] as RoutedEnds;
      return l.id === m.id && l.source === m.source && l.target === m.target;
    }) &&
    a.boxes.every((x, i) => {
      const y = b.boxes[i] as RoutingBox;
      return (
        x.id === y.id &&
        x.within === y.within &&
        x.box.x === y.box.x &&
        x.box.y === y.box.y &&
        x.box.width === y.box.width &&
        x.box.height === y.box.height
      );
    })
  );
}
