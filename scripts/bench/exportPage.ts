import type { Browser } from "playwright-core";
import type { ExportBenchResult } from "../../tests/bench/pages/exportBench";
import { benchPageResult } from "./benchPage";
import { type Metrics, metric } from "./metrics";
import { median, round } from "./stats";

export interface ExportBenchSize {
  pngNodes: number;
  jsonNodes: number;
  runs: number;
  pngRuns: number;
}

/**
 * png_export_500_ms: a PNG of a 500-node analysis at 2×, the whole board (drawn from the model,
 * rasterised, encoded, analysis embedded; median), beside its floor png_encode_floor_ms (a canvas
 * of the same size encoded to PNG), its ratio in the report's ratio column; png_slide_500_ms: the same analysis
 * as a 1920 × 1080 slide; json_export_2000_ms / json_import_2000_ms: the self-contained JSON
 * file of a 2,000-node analysis, and that file read through the whole import pipeline and
 * stored as a new analysis (medians). Their floors: the slide's canvas encoded
 * (floor_png_encode_slide_ms), JSON.stringify of the analysis (floor_json_stringify_2000_ms)
 * and the file parsed and put raw into IndexedDB (floor_json_parse_put_2000_ms).
 */
export async function benchExport(
  browser: Browser,
  benchUrl: string,
  size: ExportBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const query = new URLSearchParams({
    png: String(size.pngNodes),
    json: String(size.jsonNodes),
    runs: String(size.runs),
    pngRuns: String(size.pngRuns),
  });
  const result = await benchPageResult<ExportBenchResult>(browser, {
    url: `${benchUrl}/export.html?${query}`,
    resultKey: "__exportBench",
    label: "export",
    timeoutMs: timeoutMs * 3,
    viewport: { width: 1280, height: 800 },
  });
  const image = result.png;
  console.log(
    `bench: export PNG ${image.nodes} nodes → ${image.width} × ${image.height} px at ${image.ratio}×, ${round(image.bytes / 1024)} KiB; JSON ${result.jsonNodes} nodes = ${round(result.jsonBytes / 1024)} KiB`,
  );
  console.log(`bench: export slide ${result.slide.width} × ${result.slide.height} px`);
  const medians: Record<string, number[]> = {
    png_export_500_ms: result.pngSamples,
    png_encode_floor_ms: result.encodeSamples,
    png_slide_500_ms: result.slideSamples,
    json_export_2000_ms: result.jsonExportSamples,
    json_import_2000_ms: result.jsonImportSamples,
    floor_png_encode_slide_ms: result.slideEncodeSamples,
    floor_json_stringify_2000_ms: result.jsonStringifySamples,
    floor_json_parse_put_2000_ms: result.jsonParsePutSamples,
  };
  return Object.fromEntries(
    Object.entries(medians).map(([name, samples]) => [
      name,
      metric(name, round(median(samples)), "ms"),
    ]),
  );
}
