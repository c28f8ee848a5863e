import type { Role } from "../../domain/analysis/analysis";
import { ROLE_STYLE } from "../../domain/analysis/roleStyle";

/** The role's shape (◆ problem, ▲ cause, ● effect) as a path, `size` wide, top left at x, y. */
export function roleMark(role: Role, x: number, y: number, size: number): string {
  const { stroke, shape } = ROLE_STYLE[role];
  const h = size / 2;
  if (shape === "circle")
    return `<circle cx="${x + h}" cy="${y + h}" r="${h * 0.9}" fill="${stroke}"/>`;
  const d =
    shape === "diamond"
      ? `M${x + h},${y} L${x + size},${y + h} L${x + h},${y + size} L${x},${y + h} Z`
      : `M${x + h},${y} L${x + size},${y + size} L${x},${y + size} Z`;
  return `<path d="${d}" fill="${stroke}"/>`;
}
