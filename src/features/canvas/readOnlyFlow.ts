/**
 * The React Flow props of a board that is only shown (the projector, the goal diagram): nothing
 * is dragged, linked, focused or selected in it, and React Flow's attribution is hidden.
 */
export const READ_ONLY_FLOW = {
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  proOptions: { hideAttribution: true },
} as const;
