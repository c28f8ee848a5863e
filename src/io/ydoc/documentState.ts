import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import type { AnalysisReadResult } from "../../domain/analysis/migrations";
import { analysisOfYDoc, writeAnalysis, yDocOfAnalysis } from "./analysisYDoc";

/*
 * A stored analysis's Yjs document is a list of updates (persistence: documentUpdates). These
 * are the changes made to it outside an open tab: its first update, made from its JSON; a long
 * list merged into one; a rename from the overview; the changes closing tabs left in their
 * rescue copies.
 */

/** The first update of an analysis that has no Yjs document yet. */
export function stateOfAnalysis(analysis: Analysis): Uint8Array {
  return Y.encodeStateAsUpdate(yDocOfAnalysis(analysis));
}

/** Many updates as one. */
export function compactUpdates(updates: Uint8Array[]): Uint8Array {
  return Y.mergeUpdates(updates);
}

function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The update that changes the document of `updates` to hold `changed` (only what differs). */
export function changeUpdate(updates: readonly Uint8Array[], changed: Analysis): Uint8Array {
  const doc = docOf(updates);
  const before = Y.encodeStateVector(doc);
  writeAnalysis(doc, changed);
  return Y.encodeStateAsUpdate(doc, before);
}

/** The analysis the document of `updates` holds once `extra` is merged in (in any order). */
export function readMerged(
  updates: readonly Uint8Array[],
  extra: readonly Uint8Array[],
): AnalysisReadResult {
  return analysisOfYDoc(docOf([...updates, ...extra]));
}
