import type { AnalysisEdge } from "../../domain/analysis/analysis";
import type { Box } from "../../domain/analysis/geometry";
import { facingSides, sideMiddle } from "../../domain/analysis/linkSides";
import { LINK_STYLE } from "../../domain/analysis/roleStyle";
import { escapeXml } from "../text";
import { strokeSize, type TextScale, textSize } from "./textSize";

/** The arrowhead, in stroke widths, so it grows with the line. */
export function linkDefs(): string {
  const { stroke } = LINK_STYLE.causes;
  return `<marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" markerUnits="strokeWidth" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${stroke}"/></marker>`;
}

/**
 * A link as a smooth curve between facing sides. Only a label the user wrote is drawn (on a
 * white plate); the kind's own words are in the legend, as its line style is.
 */
export function linkSvg(
  edge: AnalysisEdge,
  source: Box,
  target: Box,
  text: TextScale,
): { line: string; label: string } {
  const style = LINK_STYLE[edge.kind];
  const sides = facingSides(source, target);
  const from = sideMiddle(source, sides.from);
  const to = sideMiddle(target, sides.to);
  const vertical = sides.from === "top" || sides.from === "bottom";
  const width = strokeSize(2.5, text);
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const c1 = vertical ? { x: from.x, y: middle.y } : { x: middle.x, y: from.y };
  const c2 = vertical ? { x: to.x, y: middle.y } : { x: middle.x, y: to.y };
  const dash = style.dash
    ? ` stroke-dasharray="${style.dash
        .split(" ")
        .map((n) => Number(n) * (width / 2.5))
        .join(" ")}"`
    : "";
  const arrow = style.arrow ? ' marker-end="url(#arrow)"' : "";
  const line = `<path d="M${from.x},${from.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}" fill="none" stroke="${style.stroke}" stroke-width="${width}" stroke-linecap="round"${dash}${arrow}/>`;
  const words = edge.label ?? "";
  if (!words) return { line, label: "" };
  const size = textSize(12, text);
  const plate = words.length * size * 0.56 + size;
  const label = `<rect x="${middle.x - plate / 2}" y="${middle.y - size * 0.85}" width="${plate}" height="${size * 1.6}" rx="${size * 0.3}" fill="#ffffff" stroke="${style.stroke}" stroke-width="${width / 3}"/><text x="${middle.x}" y="${middle.y + size * 0.38}" font-size="${size}" text-anchor="middle" fill="${style.stroke}">${escapeXml(words)}</text>`;
  return { line, label };
}
