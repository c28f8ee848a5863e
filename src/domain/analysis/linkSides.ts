import type { Box } from "./geometry";

export type Side = "top" | "right" | "bottom" | "left";

/**
 * The sides a link leaves and enters by: those that face each other. One box wholly above the
 * other links bottom to top (a cause below its effect leaves by its top); boxes side by side
 * link by their facing left and right sides.
 */
export function facingSides(source: Box, target: Box): { from: Side; to: Side } {
  if (source.y >= target.y + target.height) return { from: "top", to: "bottom" };
  if (target.y >= source.y + source.height) return { from: "bottom", to: "top" };
  const sourceCentre = source.x + source.width / 2;
  const targetCentre = target.x + target.width / 2;
  return sourceCentre <= targetCentre
    ? { from: "right", to: "left" }
    : { from: "left", to: "right" };
}

/** The middle of a box's side. */
export function sideMiddle(box: Box, side: Side): { x: number; y: number } {
  switch (side) {
    case "top":
      return { x: box.x + box.width / 2, y: box.y };
    case "bottom":
      return { x: box.x + box.width / 2, y: box.y + box.height };
    case "left":
      return { x: box.x, y: box.y + box.height / 2 };
    case "right":
      return { x: box.x + box.width, y: box.y + box.height / 2 };
  }
}
