import { EDGE_KINDS, ROLES } from "../../domain/analysis/analysis";
import { LINK_STYLE } from "../../domain/analysis/roleStyle";
import type { ExportLabels } from "../exportLabels";
import { escapeXml } from "../text";
import { roleMark } from "./shapes";

export interface LegendLabels extends Pick<ExportLabels, "role" | "edge"> {
  /** What the number in a box's corner means. */
  countMeaning: string;
}

interface Item {
  /** Icon drawn with its left edge at x and its middle at y. */
  icon(x: number, y: number): string;
  iconWidth: number;
  words: string;
}

export interface Legend {
  items: { item: Item; x: number; row: number }[];
  size: number;
  rowHeight: number;
  height: number;
}

/** The legend's items in rows no wider than `width`. */
export function legendLayout(labels: LegendLabels, width: number, size: number): Legend {
  const items: Item[] = [
    ...ROLES.map((role) => ({
      icon: (x: number, y: number) => roleMark(role, x, y - size * 0.5, size),
      iconWidth: size,
      words: labels.role(role),
    })),
    ...EDGE_KINDS.map((kind) => ({
      icon: (x: number, y: number) => {
        const style = LINK_STYLE[kind];
        const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
        const arrow = style.arrow ? ' marker-end="url(#arrow)"' : "";
        return `<line x1="${x}" y1="${y}" x2="${x + size * 2.4}" y2="${y}" stroke="${style.stroke}" stroke-width="2.5"${dash}${arrow}/>`;
      },
      iconWidth: size * 2.8,
      words: labels.edge(kind),
    })),
    {
      icon: (x: number, y: number) =>
        `<rect x="${x}" y="${y - size * 0.75}" width="${size * 1.6}" height="${size * 1.5}" rx="${size * 0.75}" fill="#344054"/><text x="${x + size * 0.8}" y="${y + size * 0.35}" font-size="${size}" text-anchor="middle" fill="#ffffff" font-weight="600">3</text>`,
      iconWidth: size * 1.6,
      words: labels.countMeaning,
    },
  ];
  const rowHeight = size * 2;
  const placed: Legend["items"] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = item.iconWidth + size * 0.5 + item.words.length * size * 0.56;
    if (x > 0 && x + itemWidth > width) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += itemWidth + size * 1.5;
  }
  return { items: placed, size, rowHeight, height: (row + 1) * rowHeight };
}

/** The legend drawn with its top left at `left`, `top`. */
export function legendSvg(legend: Legend, left: number, top: number): string {
  const { size, rowHeight } = legend;
  return `<g class="legend">${legend.items
    .map(({ item, x, row }) => {
      const y = top + row * rowHeight + rowHeight / 2;
      return `${item.icon(left + x, y)}<text x="${left + x + item.iconWidth + size * 0.5}" y="${y + size * 0.35}" font-size="${size}" fill="#344054">${escapeXml(item.words)}</text>`;
    })
    .join("")}</g>`;
}
