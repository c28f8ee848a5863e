import { BaseEdge, type EdgeProps, type EdgeTypes } from "@xyflow/react";
import { besideLastRun, roundedPath, routeMiddle } from "../../domain/analysis/linkPath";
import { oneStep, type Point } from "../../domain/analysis/linkRoute";
import type { Side } from "../../domain/analysis/linkSides";
import type { FlowEdge } from "./flowTypes";

/** How far (px) a route's ends may lie from the handles it is drawn between: a handle sits on the border. */
const TOLERANCE = 12;

/**
 * A link drawn along its route around other boxes (linkRoute, from useLinkRoutes), with
 * rounded corners and its label halfway along. While the route is out of date (an end has just
 * moved) it is drawn as one step between the facing sides.
 */
export function RoutedEdge(props: EdgeProps<FlowEdge>) {
  return <Routed {...props} labelAt="middle" />;
}

/**
 * A routed link whose label stands beside its last run, into the target, instead of halfway:
 * links into one target share that run, so a tree whose every link says the same ("draagt bij
 * aan") shows it once per target, clear of the other links' runs.
 */
export function EndLabelledEdge(props: EdgeProps<FlowEdge>) {
  return <Routed {...props} labelAt="end" />;
}

/** Room (in board units) between a link's last run and the label beside it. */
const BESIDE = 8;
/** How far before its target the label stands: a quarter of the room between ranks (80). */
const FROM_END = 20;

function Routed({
  labelAt,
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  data,
  label,
  labelStyle,
  labelShowBg,
  markerEnd,
  style,
  interactionWidth,
}: EdgeProps<FlowEdge> & { labelAt: "middle" | "end" }) {
  const start = { x: sourceX, y: sourceY };
  const end = { x: targetX, y: targetY };
  const points = fitted(data?.route, start, end) ?? oneStep(start, end, sourcePosition as Side);
  const middle = routeMiddle(points);
  const beside = labelAt === "end" ? besideLastRun(points, FROM_END) : null;
  return (
    <>
      <BaseEdge
        id={id}
        path={roundedPath(points)}
        labelX={middle.x}
        labelY={middle.y}
        label={beside ? undefined : label}
        labelStyle={labelStyle}
        labelShowBg={labelShowBg}
        markerEnd={markerEnd}
        style={style}
        interactionWidth={interactionWidth}
      />
      {beside && label && (
        <text
          className="react-flow__edge-text"
          x={beside.at.x + (beside.upright ? BESIDE : 0)}
          y={beside.at.y}
          textAnchor={beside.upright ? "start" : "middle"}
          dominantBaseline="central"
          style={labelStyle}
        >
          {label}
        </text>
      )}
    </>
  );
}

/** The route moved onto the handles' exact points, or null when it was made for other ends. */
function fitted(route: readonly Point[] | undefined, start: Point, end: Point): Point[] | null {
  const first = route?.[0];
  const last = route?.[route.length - 1];
  if (!route || !first || !last || route.length < 2) return null;
  if (!close(first, start) || !close(last, end)) return null;
  if (route.length === 2) return [start, end];
  const inner = route.slice(1, -1).map((p) => ({ ...p }));
  // The runs next to the ends keep their direction: move their far corner along with the end.
  align(inner[0] as Point, first, start);
  align(inner[inner.length - 1] as Point, last, end);
  return [start, ...inner, end];
}

function close(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) <= TOLERANCE && Math.abs(a.y - b.y) <= TOLERANCE;
}

function align(corner: Point, was: Point, now: Point) {
  if (corner.x === was.x) corner.x = now.x;
  if (corner.y === was.y) corner.y = now.y;
}

export const EDGE_TYPES: EdgeTypes = { routed: RoutedEdge };
/** The same links, labelled beside their last run (EndLabelledEdge). */
export const END_LABELLED_EDGE_TYPES: EdgeTypes = { routed: EndLabelledEdge };
