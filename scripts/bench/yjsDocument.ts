import * as Y from "yjs";
import { makeSyntheticAnalysis } from "../../tests/helpers/syntheticAnalysis";
import { type Metrics, metric } from "./metrics";
import { median, type RunPlan, repeat, round } from "./stats";

const EDIT_ORIGIN = { name: "bench-edit" };

/**
 * A shared analysis as a Yjs document (issue 20), in Node, on the persistence bench's board of
 * `quotes` cards:
 * - yjs_share_<n>_ms: the whole analysis written into a new document and encoded (sharing it);
 *   floor: JSON.stringify of the same analysis, the least any encoding of it costs;
 * - yjs_read_<n>_ms: the document read back into an analysis (analysisOfYDoc: migrated,
 *   validated and repaired, as on every colleague's edit); floor: readAnalysis of the same
 *   analysis as parsed JSON (the validation every stored analysis gets);
 * - yjs_edit_<n>_ms: one label changed, written as the binding writes it (only what differs);
 *   an absolute budget of one frame, as it runs on the page for every edit;
 * - yjs_edit_<n>_bytes: the size of that edit's update, what goes over the wire;
 * - yjs_state_<n>_kb against json_<n>_kb: the document's size against the analysis' JSON.
 */
export async function benchYjsDocument(quotes: number, plan: RunPlan): Promise<Metrics> {
  // Loaded here, not at the top, so a broken module fails this group and not the whole bench.
  const { analysisOfYDoc, writeAnalysis, yDocOfAnalysis } = await import(
    "../../src/io/ydoc/analysisYDoc"
  );
  const { readAnalysis } = await import("../../src/domain/analysis/migrations");
  const analysis = makeSyntheticAnalysis({
    quotes,
    clusters: Math.max(1, Math.round(quotes / 20)),
    links: Math.round(quotes / 2),
  });
  const json = JSON.stringify(analysis);

  const share: number[] = [];
  const stringify: number[] = [];
  let state: Uint8Array = new Uint8Array();
  await repeat(plan, () => {
    let start = performance.now();
    JSON.stringify(analysis);
    stringify.push(performance.now() - start);
    start = performance.now();
    state = Y.encodeStateAsUpdate(yDocOfAnalysis(analysis));
    share.push(performance.now() - start);
  });

  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const read: number[] = [];
  const validate: number[] = [];
  await repeat(plan, () => {
    let start = performance.now();
    if (!readAnalysis(JSON.parse(json)).ok) throw new Error("the bench analysis is not valid");
    validate.push(performance.now() - start);
    start = performance.now();
    if (!analysisOfYDoc(doc).ok) throw new Error("the bench document is not an analysis");
    read.push(performance.now() - start);
  });

  const edit: number[] = [];
  const editBytes: number[] = [];
  let current = analysis;
  let n = 0;
  const target = analysis.nodes.find((node) => node.kind === "cluster");
  if (!target) throw new Error("the bench analysis has no cluster");
  const onUpdate = (update: Uint8Array) => editBytes.push(update.byteLength);
  doc.on("update", onUpdate);
  await repeat(plan, () => {
    n += 1;
    current = {
      ...current,
      nodes: current.nodes.map((node) =>
        node.id === target.id && node.kind === "cluster" ? { ...node, label: `Label ${n}` } : node,
      ),
    };
    const start = performance.now();
    writeAnalysis(doc, current, EDIT_ORIGIN);
    edit.push(performance.now() - start);
  });
  doc.off("update", onUpdate);

  const runs = (samples: number[]) => samples.slice(-plan.runs);
  const metrics: Metrics = {};
  const put = (name: string, value: number, unit: string) => {
    metrics[name] = metric(name, value, unit);
  };
  put(`yjs_share_${quotes}_ms`, round(median(runs(share)), 1), "ms");
  put(`floor_json_stringify_yjs_${quotes}_ms`, round(median(runs(stringify)), 2), "ms");
  put(`yjs_read_${quotes}_ms`, round(median(runs(read)), 1), "ms");
  put(`floor_read_analysis_${quotes}_ms`, round(median(runs(validate)), 1), "ms");
  put(`yjs_edit_${quotes}_ms`, round(median(runs(edit)), 2), "ms");
  put(`yjs_edit_${quotes}_bytes`, median(runs(editBytes)), "bytes");
  put(`yjs_state_${quotes}_kb`, round(state.byteLength / 1024, 1), "KiB");
  put(`json_${quotes}_kb`, round(json.length / 1024, 1), "KiB");
  return metrics;
}
