import type { AnalysisEdge } from "../../domain/analysis/analysis";
import { roundedPath, routeMiddle } from "../../domain/analysis/linkPath";
import type { Point } from "../../domain/analysis/linkRoute";
import { LINK_STYLE } from "../../domain/analysis/roleStyle";
import { escapeXml } from "../text";
import { strokeSize, type TextScale, textSize } from "./textSize";

/** The arrowhead, in stroke widths, so it grows with the line. */
export function linkDefs(): string {
  const { stroke } = LINK_STYLE.causes;
  return `<marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" markerUnits="strokeWidth" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${stroke}"/></marker>`;
}

/**
 * A link along its route around the other boxes (linkRoute), corners rounded. Only a label
 * the user wrote is drawn (on a white plate); the kind's own words are in the legend, as its
 * line style is.
 */
export function linkSvg(
  edge: AnalysisEdge,
  route: readonly Point[],
  text: TextScale,
): { line: string; label: string } {
  const style = LINK_STYLE[edge.kind];
  const width = strokeSize(2.5, text);
  const middle = routeMiddle(route);
  const dash = style.dash
    ? ` stroke-dasharray="${style.dash
        .split(" ")
        .map((n) => Number(n) * (width / 2.5))
        .join(" ")}"`
    : "";
  const arrow = style.arrow ? ' marker-end="url(#arrow)"' : "";
  const line = `<path d="${roundedPath(route)}" fill="none" stroke="${style.stroke}" stroke-width="${width}" stroke-linecap="round"${dash}${arrow}/>`;
  const words = edge.label ?? "";
  if (!words) return { line, label: "" };
  const size = textSize(12, text);
  const plate = words.length * size * 0.56 + size;
  const label = `<rect x="${middle.x - plate / 2}" y="${middle.y - size * 0.85}" width="${plate}" height="${size * 1.6}" rx="${size * 0.3}" fill="#ffffff" stroke="${style.stroke}" stroke-width="${width / 3}"/><text x="${middle.x}" y="${middle.y + size * 0.38}" font-size="${size}" text-anchor="middle" fill="${style.stroke}">${escapeXml(words)}</text>`;
  return { line, label };
}
