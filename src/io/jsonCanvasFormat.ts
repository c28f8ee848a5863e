import { z } from "zod";
import { CANVAS_ENDS, CANVAS_SIDES, type EdgeKind, type Role } from "../domain/analysis/analysis";

/**
 * JSON Canvas 1.0 (jsoncanvas.org) as zod schemas, and how its colours and arrow ends carry
 * Ontrafel's roles and link kinds: red problem, orange cause, green symptom; purple marks a
 * note; an arrow at one end "leads to", red without arrows "contradicts".
 */

export const ROLE_COLORS: Record<Role, string> = { problem: "1", cause: "2", symptom: "4" };
export const NOTE_COLOR = "6";
export const CONTRADICTS_COLOR = "1";

const id = z.string().min(1).max(200);
const coordinate = z.number().finite();
const base = {
  id,
  x: coordinate,
  y: coordinate,
  width: coordinate.nonnegative(),
  height: coordinate.nonnegative(),
  color: z.string().max(50).optional(),
};
// Loose objects: the spec allows extensions, so keys of other tools are accepted and dropped.
export const canvasNodeSchema = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("text"), text: z.string().max(100_000) }),
  z.object({
    ...base,
    type: z.literal("file"),
    file: z.string().max(2000),
    subpath: z.string().max(2000).optional(),
  }),
  z.object({ ...base, type: z.literal("link"), url: z.string().max(2000) }),
  z.object({
    ...base,
    type: z.literal("group"),
    label: z.string().max(10_000).optional(),
    background: z.string().max(2000).optional(),
    backgroundStyle: z.string().max(50).optional(),
  }),
]);
export const canvasEdgeSchema = z.object({
  id,
  fromNode: id,
  fromSide: z.enum(CANVAS_SIDES).optional(),
  fromEnd: z.enum(CANVAS_ENDS).optional(),
  toNode: id,
  toSide: z.enum(CANVAS_SIDES).optional(),
  toEnd: z.enum(CANVAS_ENDS).optional(),
  color: z.string().max(50).optional(),
  label: z.string().max(10_000).optional(),
});
export const jsonCanvasSchema = z.object({
  nodes: z.array(canvasNodeSchema).optional(),
  edges: z.array(canvasEdgeSchema).optional(),
});
export type JsonCanvas = z.infer<typeof jsonCanvasSchema>;
export type CanvasNode = z.infer<typeof canvasNodeSchema>;
export type CanvasEdge = z.infer<typeof canvasEdgeSchema>;

/** A top-level object that is a JSON Canvas rather than one of our files (extra keys allowed). */
export function looksLikeJsonCanvas(data: Record<string, unknown>): boolean {
  return (
    !("format" in data) &&
    !("schemaVersion" in data) &&
    (Array.isArray(data.nodes) || Array.isArray(data.edges))
  );
}

export function roleOfColor(color: string | undefined): Role | null {
  const entry = Object.entries(ROLE_COLORS).find(([, c]) => c === color);
  return entry ? (entry[0] as Role) : null;
}

/**
 * The link words our exports have written (Dutch and English), read back as link kinds. Fixed
 * here rather than taken from the UI catalogue: rewording a button must not change how a
 * .canvas file written earlier imports.
 */
const KIND_WORDS = new Map<string, EdgeKind>([
  ["leidt tot", "causes"],
  ["hangt samen met", "relates"],
  ["spreekt tegen", "contradicts"],
  ["leads to", "causes"],
  ["relates to", "relates"],
  ["contradicts", "contradicts"],
]);

/** The link kind a label names ("leidt tot", "relates to"…), if it names one. */
export function kindNamedBy(label: string | undefined): EdgeKind | undefined {
  return KIND_WORDS.get(label?.trim() ?? "");
}

/**
 * What kind of link a canvas edge is: the kind its label names, else one arrow "leads to",
 * red without one arrow "contradicts", anything else "relates". `reversed` when the only arrow
 * points at `fromNode`.
 */
export function edgeKindOf(edge: {
  fromEnd?: string | undefined;
  toEnd?: string | undefined;
  color?: string | undefined;
  label?: string | undefined;
}): { kind: EdgeKind; reversed: boolean } {
  const fromArrow = edge.fromEnd === "arrow";
  const toArrow = (edge.toEnd ?? "arrow") === "arrow";
  const kind =
    kindNamedBy(edge.label) ??
    (fromArrow !== toArrow
      ? "causes"
      : edge.color === CONTRADICTS_COLOR
        ? "contradicts"
        : "relates");
  return { kind, reversed: kind === "causes" && fromArrow && !toArrow };
}
