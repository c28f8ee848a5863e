import type { Peer } from "../../state/slices/presenceSlice";

/** The id of the text that says who selected a node; the node's aria-describedby points at it. */
export const peerSelectionId = (nodeId: string) => `peer-selection-${nodeId}`;

/** Each node colleagues have selected, with who (in the order they came). */
export function selectionsByNode(peers: readonly Peer[]): Map<string, Peer[]> {
  const byNode = new Map<string, Peer[]>();
  for (const peer of peers) {
    for (const id of peer.selection) {
      const those = byNode.get(id);
      if (those) those.push(peer);
      else byNode.set(id, [peer]);
    }
  }
  return byNode;
}
