import type { Analysis } from "../../../src/domain/analysis/analysis";
import { analysisJsonFile } from "../../../src/features/transfer/download";
import type { ExportSource } from "../../../src/features/transfer/exportFormats";
import { buildPictureExport } from "../../../src/features/transfer/picture/pictureExport";
import type { PngResult } from "../../../src/features/transfer/picture/rasterize";
import { asNewAnalysis } from "../../../src/io/asNewAnalysis";
import { readImportFile } from "../../../src/io/readImport";
import { saveAnalysis } from "../../../src/persistence/analysisRepo";
import { OntrafelDb } from "../../../src/persistence/db";
import { makeSyntheticAnalysis } from "../../helpers/syntheticAnalysis";
import { openRawStore } from "./rawIdb";
import { runWhenLoaded } from "./runWhenLoaded";

// ?png=500&json=2000&runs=5&pngRuns=3: png_ms (a PNG of a `png`-node analysis at 2×, the whole
// board, from the model to the finished file with the analysis embedded), slide_ms (the same
// as a 16:9 slide at 1×), encode_ms (the floor: an equal-size canvas encoded to PNG),
// json_export_ms (the self-contained JSON file of a `json`-node analysis) and json_import_ms
// (that file read, checked, migrated, validated, repaired and stored as a new analysis).

export interface ExportBenchResult {
  pngSamples: number[];
  slideSamples: number[];
  encodeSamples: number[];
  slide: { width: number; height: number };
  png: { width: number; height: number; ratio: number; bytes: number; nodes: number };
  jsonExportSamples: number[];
  jsonImportSamples: number[];
  /** Floors: the slide's canvas encoded; JSON.stringify of the analysis; the file's text
   * JSON.parse'd and put raw into IndexedDB. */
  slideEncodeSamples: number[];
  jsonStringifySamples: number[];
  jsonParsePutSamples: number[];
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

function sourceOf(analysis: Analysis): ExportSource {
  return {
    analysis,
    corpusId: "synthetic",
    quotes: [],
    sizes: new Map(),
    selectedNodeIds: new Set(),
    language: "nl",
  };
}

async function pictureOnce(
  analysis: Analysis,
  frame: "board" | "slide",
  scale: number,
): Promise<[number, PngResult]> {
  const start = performance.now();
  const { png } = await buildPictureExport("png", sourceOf(analysis), {
    onlySelection: false,
    frame,
    scale,
    now: new Date(),
  });
  if (!png) throw new Error("no PNG made");
  return [performance.now() - start, png];
}

/** The floor no renderer avoids: a canvas of the same size, drawn on once, encoded to PNG. */
async function encodeOnce(width: number, height: number): Promise<number> {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D context");
  const start = performance.now();
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#101828";
  for (let y = 40; y < height; y += 60) context.fillText("Citaat ".repeat(40), 20, y);
  await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  return performance.now() - start;
}

async function run(): Promise<ExportBenchResult> {
  const pngAnalysis = analysisOf(param("png", 500));
  const pngSamples: number[] = [];
  const slideSamples: number[] = [];
  const encodeSamples: number[] = [];
  const slideEncodeSamples: number[] = [];
  let last: PngResult | null = null;
  let slide: PngResult | null = null;
  const pngRuns = param("pngRuns", 3);
  for (let i = 0; i <= pngRuns; i++) {
    const [ms, result] = await pictureOnce(pngAnalysis, "board", 2);
    const [slideMs, slideResult] = await pictureOnce(pngAnalysis, "slide", 1);
    const encodeMs = await encodeOnce(result.width, result.height);
    const slideEncodeMs = await encodeOnce(slideResult.width, slideResult.height);
    // the first round warms up
    if (i > 0) {
      pngSamples.push(ms);
      slideSamples.push(slideMs);
      encodeSamples.push(encodeMs);
      slideEncodeSamples.push(slideEncodeMs);
    }
    last = result;
    slide = slideResult;
  }
  if (!last || !slide) throw new Error("no PNG made");

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
  const jsonStringifySamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const text = JSON.stringify(jsonAnalysis);
    if (i > 0) jsonStringifySamples.push(performance.now() - start);
    if (text.length === 0) throw new Error("empty JSON");
  }
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
  const raw = await openRawStore(`bench-export-raw-${Date.now()}`);
  const jsonParsePutSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    await raw.put(`imported-${i}`, parsed);
    if (i > 0) jsonParsePutSamples.push(performance.now() - start);
  }
  await raw.delete();
  return {
    slideEncodeSamples,
    jsonStringifySamples,
    jsonParsePutSamples,
    pngSamples,
    slideSamples,
    encodeSamples,
    slide: { width: slide.width, height: slide.height },
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
