import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import type { AnalysisReadResult } from "../../domain/analysis/migrations";
import { analysisOfYDoc, writeAnalysis, yDocOfAnalysis } from "./analysisYDoc";

/*
 * A stored analysis's Yjs state (Y.encodeStateAsUpdate of its document) and the changes made to
 * it outside an open tab: the first state of an older row, a rename from the overview, the
 * changes a closing tab left in its rescue copy.
 */

/** The Yjs state of an analysis that has none yet. */
export function stateOfAnalysis(analysis: Analysis): Uint8Array {
  return Y.encodeStateAsUpdate(yDocOfAnalysis(analysis));
}

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * `state` changed to hold `changed` (only what differs is written), and that change alone as an
 * update, for the tabs that show the analysis.
 */
export function changeState(
  state: Uint8Array,
  changed: Analysis,
): { state: Uint8Array; update: Uint8Array } {
  const doc = docOf(state);
  const before = Y.encodeStateVector(doc);
  writeAnalysis(doc, changed);
  return { state: Y.encodeStateAsUpdate(doc), update: Y.encodeStateAsUpdate(doc, before) };
}

/** `state` with `updates` merged in (in any order), and the analysis it then holds. */
export function mergeIntoState(
  state: Uint8Array,
  updates: readonly Uint8Array[],
): { state: Uint8Array; read: AnalysisReadResult } {
  const doc = docOf(state);
  for (const update of updates) Y.applyUpdate(doc, update);
  return { state: Y.encodeStateAsUpdate(doc), read: analysisOfYDoc(doc) };
}
