import { type ComponentType, createContext, type ReactNode, useContext } from "react";

/** What a feature may add to a cluster or factor card (the workshop's vote dots). */
export type NodeBadge = ComponentType<{ nodeId: string; name: string }>;

const NodeBadgeContext = createContext<NodeBadge | null>(null);

/**
 * The app hands the canvas its node badge here, so the canvas draws the workshop's dots
 * without importing the workshop (which builds on the canvas).
 */
export function NodeBadgeProvider({ badge, children }: { badge: NodeBadge; children: ReactNode }) {
  return <NodeBadgeContext.Provider value={badge}>{children}</NodeBadgeContext.Provider>;
}

/** The badge the app provided for this node, or nothing. */
export function NodeBadgeSlot({ nodeId, name }: { nodeId: string; name: string }) {
  const Badge = useContext(NodeBadgeContext);
  return Badge ? <Badge nodeId={nodeId} name={name} /> : null;
}
