import type { EdgeKind, Role } from "./analysis";

/**
 * The one way roles and link kinds look, on the canvas, in presentation mode and in every
 * export: a colour with at least 4.5:1 contrast on white (it also colours text), a light fill,
 * a border style and a shape, so roles stay apart in greyscale and for colour-blind viewers.
 */
export interface RoleStyle {
  stroke: string;
  fill: string;
  border: "double" | "solid" | "dashed";
  shape: "diamond" | "triangle" | "circle";
}

export const ROLE_STYLE: Readonly<Record<Role, RoleStyle>> = {
  problem: { stroke: "#b3261e", fill: "#fdeceb", border: "double", shape: "diamond" },
  cause: { stroke: "#0067a3", fill: "#e6f1f8", border: "solid", shape: "triangle" },
  symptom: { stroke: "#a34800", fill: "#fbefe5", border: "dashed", shape: "circle" },
};

export const NO_ROLE_STROKE = "#667085";

export interface LinkStyle {
  stroke: string;
  /** SVG dash pattern, empty for a solid line. */
  dash: string;
  arrow: boolean;
}

export const LINK_STYLE: Readonly<Record<EdgeKind, LinkStyle>> = {
  causes: { stroke: "#1d2939", dash: "", arrow: true },
  relates: { stroke: "#475467", dash: "8 6", arrow: false },
  contradicts: { stroke: "#b3261e", dash: "2 5", arrow: false },
};
