import type { AnalysisNode } from "../../../domain/analysis/analysis";

/** Quote cards and notes are named by the start of their text; long enough to recognise. */
export const DISPLAY_NAME_CHARS = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= DISPLAY_NAME_CHARS
    ? flat
    : `${flat.slice(0, DISPLAY_NAME_CHARS).trimEnd()}…`;
}

/** How a node is named in the panels; `untitled` stands in for an empty label. */
export function nodeDisplayName(node: AnalysisNode, untitled: string): string {
  const name =
    node.kind === "quote"
      ? shorten(node.snapshot.text)
      : node.kind === "note"
        ? shorten(node.text)
        : node.label.trim();
  return name === "" ? untitled : name;
}
