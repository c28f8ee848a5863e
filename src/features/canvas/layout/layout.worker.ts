/// <reference lib="webworker" />
import ELK from "elkjs/lib/elk.bundled.js";
import type { LayoutPositions, LayoutRequest } from "../../../domain/analysis/layoutGraph";
import { computeElkLayout } from "./elkLayout";

/** A layout job sent to the worker; `id` pairs the reply with its caller. */
export interface LayoutJob {
  id: number;
  request: LayoutRequest;
}

export type LayoutReply =
  | { id: number; positions: LayoutPositions }
  | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const elk = new ELK();

// Assigned, not added: elk.bundled.js installs its own `onmessage` when it finds itself in a
// worker (it would answer ELK's protocol, not ours); replacing it leaves ours the only one.
scope.onmessage = async (event: MessageEvent<LayoutJob>) => {
  const { id, request } = event.data;
  let reply: LayoutReply;
  try {
    reply = { id, positions: await computeElkLayout(request, elk) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
