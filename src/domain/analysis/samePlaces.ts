import type { Analysis, AnalysisNode } from "./analysis";

/** What moving and panning change: where things are, and when the analysis was last edited. */
const PLACE_FIELDS = new Set<string>(["viewport", "updatedAt"]);

function sameNodeApartFromPosition(a: AnalysisNode, b: AnalysisNode): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof AnalysisNode)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === "position" || a[key] === (b as AnalysisNode)[key]);
}

/**
 * Whether two versions of an analysis differ only in where things are: node positions, the
 * viewport and the edit time (a drag frame, a pan, the end of a drag). Everything else must be
 * the same object, so the check is cheap and errs on the side of "changed". Panels that read
 * titles, roles, links, cards and votes use it to skip the work a move does not affect.
 */
export function sameApartFromPlaces(before: Analysis, after: Analysis): boolean {
  if (before === after) return true;
  for (const key of Object.keys(after) as (keyof Analysis)[]) {
    if (PLACE_FIELDS.has(key) || key === "nodes") continue;
    if (before[key] !== after[key]) return false;
  }
  if (Object.keys(before).length !== Object.keys(after).length) return false;
  return sameNodesApartFromPositions(before.nodes, after.nodes);
}

/** Whether two node lists hold the same nodes, in the same order, moved at most. */
export function sameNodesApartFromPositions(
  before: readonly AnalysisNode[],
  after: readonly AnalysisNode[],
): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  return before.every((a, i) => sameNodeApartFromPosition(a, after[i] as AnalysisNode));
}

/**
 * Whether two versions of an analysis differ at most in the viewport (a pan or zoom, saved into
 * the analysis when it ends): every other field the same object. The canvas's nodes and links
 * use it, so a pan does not build them again.
 */
export function sameApartFromView(before: Analysis, after: Analysis): boolean {
  if (before === after) return true;
  const keys = Object.keys(after) as (keyof Analysis)[];
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => key === "viewport" || before[key] === after[key]);
}
