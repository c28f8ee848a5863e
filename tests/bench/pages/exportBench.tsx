import { createRoot } from "react-dom/client";
import type { Analysis } from "../../../src/domain/analysis/analysis";
import { analysisJsonFile } from "../../../src/features/transfer/download";
import type { PngResult } from "../../../src/features/transfer/png/capture";
import { PngStage } from "../../../src/features/transfer/png/PngStage";
import { analysisFileText, quotesUsed } from "../../../src/io/analysisFile";
import { asNewAnalysis } from "../../../src/io/asNewAnalysis";
import { readImportFile } from "../../../src/io/readImport";
import { saveAnalysis } from "../../../src/persistence/analysisRepo";
import { OntrafelDb } from "../../../src/persistence/db";
import { createAppStore } from "../../../src/state/createAppStore";
import { StoreProvider } from "../../../src/state/StoreProvider";
import "../../../src/styles.css";
import { makeSyntheticAnalysis } from "../../helpers/syntheticAnalysis";
import { runWhenLoaded } from "./runWhenLoaded";

// ?png=500&json=2000&runs=5&pngRuns=3: png_ms (a PNG of a `png`-node analysis at 2×, from
// mounting the off-screen renderer to the finished file with the analysis embedded),
// json_export_ms (the self-contained JSON file of a `json`-node analysis) and json_import_ms
// (that file read, checked, migrated, validated, repaired and stored as a new analysis).

export interface ExportBenchResult {
  pngSamples: number[];
  png: { width: number; height: number; ratio: number; bytes: number; nodes: number };
  jsonExportSamples: number[];
  jsonImportSamples: number[];
  jsonNodes: number;
  jsonBytes: number;
}

declare global {
  interface Window {
    __exportBench?: ExportBenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const param = (name: string, fallback: number) => Number(params.get(name) ?? fallback) || fallback;

/** An analysis of about `nodes` nodes: cards in clusters of ~23, a row of factors, as many links. */
function analysisOf(nodes: number): Analysis {
  const clusters = Math.max(1, Math.round(nodes / 25));
  const factors = Math.max(1, Math.round(nodes / 25));
  return makeSyntheticAnalysis({
    quotes: nodes - clusters - factors,
    clusters,
    factors,
    links: nodes,
  });
}

function pngOnce(analysis: Analysis, root: HTMLElement): Promise<[number, PngResult]> {
  const store = createAppStore({ language: "nl" });
  store.getState().openAnalysis(analysis);
  const reactRoot = createRoot(root);
  const job = {
    shown: analysis,
    analysis,
    sizes: new Map(),
    kindLabels: { causes: "leidt tot", relates: "hangt samen met", contradicts: "spreekt tegen" },
    ratio: 2,
    caption: "Bench · 1 januari 2026",
    analysisJson: analysisJsonText(analysis),
  };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    reactRoot.render(
      <StoreProvider store={store}>
        <PngStage
          job={job}
          onDone={(result) => {
            const ms = performance.now() - start;
            reactRoot.unmount();
            resolve([ms, result]);
          }}
          onError={reject}
        />
      </StoreProvider>,
    );
  });
}

function analysisJsonText(analysis: Analysis): string {
  return analysisFileText(analysis, quotesUsed(analysis, "synthetic", []), new Date());
}

async function run(): Promise<ExportBenchResult> {
  const root = document.getElementById("root");
  if (!root) throw new Error("export.html lacks #root");
  const pngAnalysis = analysisOf(param("png", 500));
  const pngSamples: number[] = [];
  let last: PngResult | null = null;
  const pngRuns = param("pngRuns", 3);
  for (let i = 0; i <= pngRuns; i++) {
    const [ms, result] = await pngOnce(pngAnalysis, root);
    if (i > 0) pngSamples.push(ms); // the first one warms up
    last = result;
  }
  if (!last) throw new Error("no PNG made");

  const jsonAnalysis = analysisOf(param("json", 2000));
  const runs = param("runs", 5);
  const jsonExportSamples: number[] = [];
  let file: { blob: Blob; fileName: string } | null = null;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    file = analysisJsonFile(
      { analysis: jsonAnalysis, corpusId: "synthetic", quotes: [] },
      new Date(),
    );
    if (i > 0) jsonExportSamples.push(performance.now() - start);
  }
  if (!file) throw new Error("no JSON made");
  const bytes = await file.blob.arrayBuffer();
  const db = new OntrafelDb(`bench-export-${Date.now()}`);
  await db.open();
  const jsonImportSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const read = await readImportFile(
      { name: file.fileName, size: bytes.byteLength, arrayBuffer: async () => bytes },
      { corpusId: "synthetic", quotes: [], now: Date.now() },
    );
    if (!read.ok) throw new Error(`import failed: ${JSON.stringify(read.error)}`);
    const analysis = asNewAnalysis(read.value.analysis, {
      id: `imported-${i}`,
      now: Date.now(),
      corpusId: "synthetic",
      knownCorpusIds: new Set(["synthetic"]),
    });
    await saveAnalysis(db, analysis);
    if (i > 0) jsonImportSamples.push(performance.now() - start);
  }
  await db.delete();
  return {
    pngSamples,
    png: {
      width: last.width,
      height: last.height,
      ratio: last.ratio,
      bytes: last.blob.size,
      nodes: pngAnalysis.nodes.length,
    },
    jsonExportSamples,
    jsonImportSamples,
    jsonNodes: jsonAnalysis.nodes.length,
    jsonBytes: bytes.byteLength,
  };
}

runWhenLoaded(run, (outcome) => {
  window.__exportBench = outcome;
});
