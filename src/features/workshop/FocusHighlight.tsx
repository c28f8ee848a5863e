import { useMemo } from "react";
import { type CausalChain, causalChain, defaultFocusRoot } from "../../domain/analysis/focus";
import { nodeById } from "../../domain/analysis/operations";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { nodeDisplayName } from "../canvas/panels/nodeDisplayName";

/** A value for a CSS attribute selector in double quotes. */
function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&").replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const byIds = (kind: "node" | "edge", ids: readonly string[]) =>
  ids.map((id) => `.react-flow__${kind}[data-id=${cssString(id)}]`).join(",\n");

/**
 * The style that dims everything outside the shown part of the chain and rings the current
 * level. One stylesheet rather than a class per node: no node re-renders when focus moves.
 */
export function focusStyle(
  chain: CausalChain,
  level: number | null,
  edges: readonly { id: string; source: string; target: string }[],
): string {
  const shown = [...chain.distance].filter(([, d]) => level === null || d <= level);
  const shownIds = new Set(shown.map(([id]) => id));
  const ringed = shown.filter(([, d]) => d === (level ?? 0)).map(([id]) => id);
  const shownEdges = edges
    .filter((e) => shownIds.has(e.source) && shownIds.has(e.target))
    .map((e) => e.id);
  const rules = [
    ".react-flow__node, .react-flow__edge { opacity: 0.18; transition: opacity 0.15s; }",
    `${byIds("node", [...shownIds])} { opacity: 1; }`,
    `${byIds("node", ringed)} { outline: 4px solid var(--focus-ring, #1a73e8); outline-offset: 4px; }`,
  ];
  if (shownEdges.length > 0) rules.push(`${byIds("edge", shownEdges)} { opacity: 1; }`);
  return rules.join("\n");
}

/**
 * Focus mode: the selected node's causal chain stands out (or the core problem's when nothing
 * is selected), up to the chosen level, and a status line says what is shown.
 */
export function FocusHighlight() {
  const on = useAppStore((s) => s.focusMode);
  return on ? <FocusOn /> : null;
}

function FocusOn() {
  const t = useT();
  const store = useAppStoreApi();
  const selected = useAppStore((s) => [...s.selectedNodeIds].at(-1) ?? null);
  const edges = useAppStore((s) => s.analysis.edges);
  // Recomputed when links, the node count or the selection change; not on every drag frame.
  const nodeCount = useAppStore((s) => s.analysis.nodes.length);
  const level = useAppStore((s) => s.focusLevel);
  // biome-ignore lint/correctness/useExhaustiveDependencies: edges and nodeCount stand for the graph
  const focus = useMemo(() => {
    const analysis = store.getState().analysis;
    const root = selected ? nodeById(analysis, selected) : defaultFocusRoot(analysis);
    if (!root) return null;
    return { root, chain: causalChain(analysis, root.id) };
  }, [store, selected, edges, nodeCount]);
  if (!focus) {
    return (
      <p className="visually-hidden" role="status">
        {t("workshop.focusEmpty")}
      </p>
    );
  }
  const levelText =
    level === null
      ? t("workshop.focusAll")
      : t("workshop.focusLevel", { level, depth: focus.chain.depth });
  const count = [...focus.chain.distance.values()].filter(
    (d) => level === null || d <= level,
  ).length;
  return (
    <>
      <style>{focusStyle(focus.chain, level, edges)}</style>
      <p className="visually-hidden" role="status" data-testid="focus-status">
        {t("workshop.focusStatus", {
          name: nodeDisplayName(focus.root, t("canvas.untitled")),
          count,
          level: levelText,
        })}
      </p>
    </>
  );
}
