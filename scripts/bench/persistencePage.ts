import type { Browser } from "playwright-core";
import type { PersistenceBenchResult } from "../../tests/bench/pages/persistenceBench";
import { benchPageResult } from "./benchPage";
import { type Metrics, metric } from "./metrics";
import { median, round } from "./stats";

export interface PersistenceBenchSize {
  nodes: number;
  clusters: number;
  links: number;
  runs: number;
  /** Fresh page loads for load-to-rendered (median taken). */
  loads: number;
}

/**
 * save_2000_ms: one Dexie transaction writing an analysis of 2,000 quote cards in 100 clusters
 * with 2,000 links (median), through the app's save (the edit's Yjs update stored with the
 * analysis's JSON), timed from the autosave's call as in the app: after the edit was written into
 * the document; load_2000_ms: reading it back, validating it and rendering it on
 * the real canvas until the visible nodes are painted (median over fresh page loads);
 * load_2000_read_ms: the read + validation part alone. Floors: floor_idb_put_2000_ms /
 * floor_idb_get_2000_ms, a raw IndexedDB put / get of the same document in one transaction;
 * floor_bare_load_2000_ms, a raw get and bare React Flow mounting the same visible board
 * (fresh page loads, in turns with ours).
 */
/** One fresh page: the save samples, read samples and one load-to-rendered. */
export async function persistenceSample(
  browser: Browser,
  benchUrl: string,
  size: Omit<PersistenceBenchSize, "loads">,
  timeoutMs: number,
  floor = false,
): Promise<PersistenceBenchResult> {
  const query = new URLSearchParams({
    n: String(size.nodes),
    clusters: String(size.clusters),
    links: String(size.links),
    runs: String(size.runs),
    ...(floor ? { floor: "1" } : {}),
  });
  return benchPageResult<PersistenceBenchResult>(browser, {
    url: `${benchUrl}/persistence.html?${query}`,
    resultKey: "__persistenceBench",
    label: "persistence",
    timeoutMs,
    viewport: { width: 1280, height: 800 },
  });
}

export async function benchPersistence(
  browser: Browser,
  benchUrl: string,
  size: PersistenceBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const saves: number[] = [];
  const reads: number[] = [];
  const loads: number[] = [];
  const rawPuts: number[] = [];
  const rawGets: number[] = [];
  const bareLoads: number[] = [];
  // Ours and the floor page in turns, so machine noise hits both alike.
  for (let i = 0; i < size.loads; i++) {
    const result = await persistenceSample(browser, benchUrl, size, timeoutMs);
    saves.push(...result.saveSamples);
    reads.push(...result.readSamples);
    loads.push(result.loadToRenderedMs);
    rawPuts.push(...result.rawPutSamples);
    rawGets.push(...result.rawGetSamples);
    const floor = await persistenceSample(browser, benchUrl, size, timeoutMs, true);
    bareLoads.push(floor.loadToRenderedMs);
  }
  return {
    floor_idb_put_2000_ms: metric("floor_idb_put_2000_ms", round(median(rawPuts)), "ms"),
    floor_idb_get_2000_ms: metric("floor_idb_get_2000_ms", round(median(rawGets)), "ms"),
    floor_bare_load_2000_ms: metric("floor_bare_load_2000_ms", round(median(bareLoads)), "ms"),
    save_2000_ms: metric("save_2000_ms", round(median(saves)), "ms"),
    load_2000_read_ms: metric("load_2000_read_ms", round(median(reads)), "ms"),
    load_2000_ms: metric("load_2000_ms", round(median(loads)), "ms"),
  };
}
