import { useInternalNode, useReactFlow, ViewportPortal } from "@xyflow/react";
import { memo, type RefObject, useEffect, useMemo } from "react";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import type { Peer } from "../../state/slices/presenceSlice";
import { useT } from "../../state/useT";
import "./peerPresence.css";
import { peerSelectionId, selectionsByNode } from "./peerSelections";

/** A colleague's selection: an outline in their colour with their name at its corner. */
const PeerOutline = memo(function PeerOutline({
  nodeId,
  peers,
}: {
  nodeId: string;
  peers: readonly Peer[];
}) {
  const t = useT();
  const node = useInternalNode(nodeId);
  if (!node || node.hidden) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  const names = peers.map((peer) => peer.name).join(", ");
  return (
    <div className="peer-selection" style={{ transform: `translate(${x}px, ${y}px)` }}>
      {peers.map((peer, i) => (
        <div
          key={peer.clientId}
          className="peer-outline"
          style={{
            left: -4 - 4 * i,
            top: -4 - 4 * i,
            width: width + 8 + 8 * i,
            height: height + 8 + 8 * i,
            borderColor: peer.colour,
          }}
        />
      ))}
      <p className="peer-names" id={peerSelectionId(nodeId)}>
        <span className="visually-hidden">{t("presence.selectedBy", { names })}</span>
        {peers.map((peer) => (
          <span
            key={peer.clientId}
            className="peer-tag"
            style={{ background: peer.colour }}
            aria-hidden="true"
          >
            {peer.name}
          </span>
        ))}
      </p>
    </div>
  );
});

/** A colleague's pointer: a small arrow in their colour with their name (decorative). */
function PeerPointers() {
  const peers = useAppStore((s) => s.peers);
  const pointers = useAppStore((s) => s.peerPointers);
  return (
    <>
      {peers.map((peer) => {
        const at = pointers.get(peer.clientId);
        if (!at) return null;
        return (
          <div
            key={peer.clientId}
            className="peer-pointer"
            data-peer={peer.name}
            style={{ transform: `translate(${at.x}px, ${at.y}px)`, color: peer.colour }}
            aria-hidden="true"
          >
            <div className="peer-pointer-mark">
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M1 1l5 14 2-6 6-2z" fill="currentColor" stroke="#fff" strokeWidth="1" />
              </svg>
              <span style={{ background: peer.colour }}>{peer.name}</span>
            </div>
          </div>
        );
      })}
    </>
  );
}

/** What colleagues in a shared analysis select and point at, drawn over the canvas. */
export function PeerPresence() {
  const peers = useAppStore((s) => s.peers);
  const byNode = useMemo(() => selectionsByNode(peers), [peers]);
  if (peers.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="peer-presence">
        {[...byNode].map(([nodeId, those]) => (
          <PeerOutline key={nodeId} nodeId={nodeId} peers={those} />
        ))}
        <PeerPointers />
      </div>
    </ViewportPortal>
  );
}

/** How often this person's pointer is told to the others, at most (milliseconds). */
const POINTER_INTERVAL = 80;

/**
 * While the analysis is shared, puts this person's pointer on the canvas (in flow coordinates)
 * in the store, at most every POINTER_INTERVAL ms and once more where it stopped; null when it
 * leaves the canvas. Not shared: nothing is listened to.
 */
export function usePointerPresence(element: RefObject<HTMLElement | null>) {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const shared = useAppStore((s) => s.self !== null);
  useEffect(() => {
    const target = element.current;
    if (!shared || !target) return;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest = { x: 0, y: 0 };
    const send = () => {
      timer = null;
      last = performance.now();
      store.getState().setPointer(flow.screenToFlowPosition(latest));
    };
    const onMove = (event: PointerEvent) => {
      latest = { x: event.clientX, y: event.clientY };
      if (timer) return;
      const wait = POINTER_INTERVAL - (performance.now() - last);
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    };
    const onLeave = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      store.getState().setPointer(null);
    };
    target.addEventListener("pointermove", onMove);
    target.addEventListener("pointerleave", onLeave);
    return () => {
      onLeave();
      target.removeEventListener("pointermove", onMove);
      target.removeEventListener("pointerleave", onLeave);
    };
  }, [element, flow, shared, store]);
}
