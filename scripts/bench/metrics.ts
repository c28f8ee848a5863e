/**
 * One reported number. `target` is an absolute budget it must stay under (null: none);
 * `floor` names the metric of the same run it is compared with (the cost no implementation of
 * the same work can avoid, or bare React Flow doing the same), with its budget as a ratio to
 * that floor (`ratioTarget`) or as percentage points above it (`excessTarget`).
 */
export interface Metric {
  value: number;
  unit: string;
  target: number | null;
  floor?: string;
  ratioTarget?: number | null;
  excessTarget?: number | null;
}

export type Metrics = Record<string, Metric>;

/**
 * Absolute budgets, for what has no floor to compare with (sizes, counts, how long the page
 * may stall). Lower is better for every metric.
 */
export const TARGETS: Readonly<Record<string, number | null>> = {
  bundle_initial_js_gzip_kb: 200,
  canvas_drag_rerendered_nodes: 1,
  layout_500_main_thread_block_ms: 50,
  layout_500_overlaps: 0,
  layout_cards_500_overlaps: 0,
  layout_cards_2000_overlaps: 0,
  // Issue 19: suggestions on the device, off the main thread.
  similar_p95_ms_seed: 20,
  similar_p95_ms_20k: 50,
  suggest_seed_ms: 1000,
  suggest_5000_ms: 5000,
  suggest_longest_task_ms: 50,
  // Issue 20: writing one edit into a shared 2,000-card analysis runs on the page: one frame.
  yjs_edit_2000_ms: 16,
};

interface FloorRule {
  floor: string;
  ratio?: number | null;
  excess?: number | null;
}

/** Every timed figure and its floor in the same run; ratio budgets from issue 21. */
export const FLOORS: Readonly<Record<string, FloorRule>> = {
  seed_parse_ms: { floor: "floor_seed_split_ms" },
  seed_parse_browser_ms: { floor: "floor_seed_split_browser_ms" },
  seed_parse_browser_cold_ms: { floor: "floor_seed_split_browser_ms" },
  cold_start_to_searchable_ms: { floor: "floor_startup_cold_ms", ratio: 2 },
  warm_start_to_searchable_ms: { floor: "floor_startup_warm_ms", ratio: 2 },
  baseline_cold_start_to_searchable_ms: { floor: "floor_startup_cold_ms" },
  baseline_warm_start_to_searchable_ms: { floor: "floor_startup_warm_ms" },
  // The canvas on screen too, after the library: reported, no budget (the floor has no canvas).
  cold_start_to_workspace_ms: { floor: "floor_startup_cold_ms" },
  warm_start_to_workspace_ms: { floor: "floor_startup_warm_ms" },
  search_p50_ms_20k: { floor: "floor_minisearch_p50_ms_20k", ratio: 1.2 },
  search_p95_ms_20k: { floor: "floor_minisearch_p95_ms_20k", ratio: 1.2 },
  search_index_20k_ms: { floor: "floor_minisearch_index_20k_ms" },
  save_2000_ms: { floor: "floor_idb_put_2000_ms", ratio: 1.5 },
  load_2000_read_ms: { floor: "floor_idb_get_2000_ms" },
  load_2000_ms: { floor: "floor_bare_load_2000_ms", ratio: 1.2 },
  canvas_2000_first_render_ms: { floor: "canvas_2000_bare_first_render_ms", ratio: 1.3 },
  canvas_2000_pan_frame_p95_ms: { floor: "canvas_2000_bare_pan_frame_p95_ms", ratio: 1.3 },
  canvas_2000_pan_long_frames_pct: { floor: "canvas_2000_bare_pan_long_frames_pct" },
  canvas_2000_pan_zoomed_in_frame_p95_ms: {
    floor: "canvas_2000_bare_pan_zoomed_in_frame_p95_ms",
    ratio: 1,
  },
  canvas_2000_pan_zoomed_in_long_frames_pct: {
    floor: "canvas_2000_bare_pan_zoomed_in_long_frames_pct",
    excess: 1,
  },
  canvas_2000_drag_frame_p95_ms: { floor: "canvas_2000_bare_drag_frame_p95_ms", ratio: 1.3 },
  heap_after_2000_mb: { floor: "heap_after_2000_bare_mb" },
  layout_500_ms: { floor: "floor_elk_layout_500_ms", ratio: 1.3 },
  layout_500_cold_ms: { floor: "floor_elk_layout_500_cold_ms" },
  layout_500_compute_ms: { floor: "floor_elk_layout_500_compute_ms", ratio: 1.3 },
  layout_cards_500_ms: { floor: "floor_elk_layout_cards_500_ms", ratio: 1.3 },
  layout_cards_500_cold_ms: { floor: "floor_elk_layout_cards_500_cold_ms" },
  layout_cards_500_compute_ms: { floor: "floor_elk_layout_cards_500_compute_ms", ratio: 1.3 },
  layout_cards_2000_ms: { floor: "floor_elk_layout_cards_2000_ms", ratio: 1.3 },
  layout_cards_2000_cold_ms: { floor: "floor_elk_layout_cards_2000_cold_ms" },
  layout_cards_2000_compute_ms: { floor: "floor_elk_layout_cards_2000_compute_ms", ratio: 1.3 },
  corpus_import_20k_ms: { floor: "floor_minisearch_index_20k_ms" },
  png_export_500_ms: { floor: "png_encode_floor_ms", ratio: 2 },
  png_slide_500_ms: { floor: "floor_png_encode_slide_ms" },
  json_export_2000_ms: { floor: "floor_json_stringify_2000_ms" },
  json_import_2000_ms: { floor: "floor_json_parse_put_2000_ms" },
  similar_p95_ms_seed: { floor: "floor_worker_roundtrip_p95_ms" },
  similar_p95_ms_20k: { floor: "floor_worker_roundtrip_p95_ms" },
  suggest_seed_ms: { floor: "floor_pairwise_seed_ms" },
  suggest_5000_ms: { floor: "floor_pairwise_5000_ms" },
};

/** Scaling points: our first render against bare React Flow's at the same size. */
function floorRule(name: string): FloorRule | undefined {
  const scale = /^scale_(\d+)_canvas_first_render_ms$/.exec(name);
  if (scale) return { floor: `scale_${scale[1]}_bare_first_render_ms` };
  const save = /^scale_(\d+)_save_ms$/.exec(name);
  if (save) return { floor: `floor_scale_${save[1]}_idb_put_ms` };
  // The shared analysis as a Yjs document, at the bench's size (yjsDocument.ts).
  const yjs = /^yjs_(share|read|state)_(\d+)_(ms|kb)$/.exec(name);
  if (yjs) {
    const floors = {
      share: "floor_json_stringify_yjs",
      read: "floor_read_analysis",
      state: "json",
    };
    return { floor: `${floors[yjs[1] as keyof typeof floors]}_${yjs[2]}_${yjs[3]}` };
  }
  return FLOORS[name];
}

export function metric(name: string, value: number, unit: string): Metric {
  const rule = floorRule(name);
  return {
    value,
    unit,
    target: TARGETS[name] ?? null,
    ...(rule
      ? { floor: rule.floor, ratioTarget: rule.ratio ?? null, excessTarget: rule.excess ?? null }
      : {}),
  };
}

export function meetsTarget(m: Metric): boolean | null {
  return m.target === null ? null : m.value <= m.target;
}

/** The metric divided by its floor in the same run, when both are there (and the floor > 0). */
export function ratioOf(m: Metric, metrics: Metrics): number | null {
  const floor = m.floor ? metrics[m.floor] : undefined;
  if (!floor || floor.value <= 0) return null;
  return m.value / floor.value;
}

/** Whether the ratio (or excess) budget against the floor holds; null without one. */
export function meetsFloorTarget(m: Metric, metrics: Metrics): boolean | null {
  const floor = m.floor ? metrics[m.floor] : undefined;
  if (!floor) return m.ratioTarget || m.excessTarget ? false : null;
  if (m.excessTarget !== null && m.excessTarget !== undefined)
    return m.value - floor.value <= m.excessTarget;
  if (m.ratioTarget === null || m.ratioTarget === undefined) return null;
  // Equal to a zero floor is level; anything above it is not.
  if (floor.value <= 0) return m.value <= 0;
  return m.value / floor.value <= m.ratioTarget;
}

/**
 * Why a ratio target is not met in the logged run, from the profiles (docs/PERFORMANCE.md);
 * the report's bar line names these instead of a bare "OVER".
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  layout_500_main_thread_block_ms:
    "since 2026-12-07 the layout is worked out in one task and applied in the next; what is left in one task is the synchronous commit that moves the 500 nodes and redraws their links, and the drawing of the nodes newly in view (zustand's useSyncExternalStore cannot be time-sliced; CPU profiles of 2026-12-06 and -07 spread it over React and React Flow internals); applying the layout in batches of 20 or 60 nodes a frame apart blocked as long per batch (medians 87-115 ms against 75-127 ms for the whole layout, A/B of 2026-12-07 evening; one free factor moved: 7-30 ms), and the worst of five runs moves between 93 and 221 ms from one page load to the next; on the faster machine of 2026-12-07 21:00 the worst of five runs was 59-83 ms in three runs and single runs 34-93 ms; a CPU profile of the four longest layouts on the slower machine of 2026-12-07 23:00 (204-358 ms each) spreads them: React rendering the moved nodes 35 %, its DOM changes 16 %, passive effects 21 % (React Flow's store update from the new nodes and links and the listeners it wakes 8 %, the clean-up of nodes leaving the view 8 %), style, layout and paint 20 %",
  warm_start_to_searchable_ms:
    "since 2026-12-08 the library shows the bundled quotes before the database answers, and the canvas follows (warm_start_to_workspace_ms); a trace of 2026-12-08 on the slower machine (floor about 250 ms, mark at 610 ms) puts before the mark: navigation (34-76 ms); the first screen's modules run (266-318 ms); V8 writes their code cache on the main thread (333-405 ms, 50 of its 71 ms for the entry chunk of React DOM, Dexie and the app); the skeleton is rendered and painted (407-442 ms); IndexedDB opens and the quotes' chunk arrives and is cached (444-560 ms); then one task of 136 ms in which React renders the library with its quotes (zustand's updates render synchronously) and sets the mark; with the library in the first screen's chunk instead of its own it started 19 % sooner (A/B of 2026-12-08), but that chunk then weighs 207.3 KiB against the 200 KiB budget; the floor page's own warm visits moved between 179 and 291 ms (visits 2-5, medians of 5)",
  cold_start_to_searchable_ms:
    "since 2026-12-08 the library shows the bundled quotes before the database is made; what is left are the warm start's steps (its reason) plus the first download and compile of every first-screen chunk without a code cache",
  save_2000_ms:
    "a save is one transaction: it reads the analysis's small row (its trash mark and opening time are kept; since database version 5 the 1.1 MB JSON is in a table of its own and is not read), applies the Yjs updates other tabs stored, adds the edit's own update (encoded in 0.4 ms, a few dozen bytes; written into the document at edit time) and puts the row and the JSON; the put floor itself moves between 22 and 50 ms from run to run, and the ratio with it",
  canvas_2000_pan_zoomed_in_frame_p95_ms:
    "the quote cards' text: A/B of 2026-12-07 afternoon (zoomed-in pans, 4-5 loads per variant, in turns, three A/Bs): our canvas with bare's view for the quote cards alone (views=bare-quote) pans as bare does (0.3-0.8 % long frames against bare's 0.7-2.5 %, p95 16.7 ms), our cluster views kept (views=bare-cluster: 4.8-5.1 %); our card with a 24-character text as bare's has 2.4-3.1 %, with no text 2.0 %, in full 4.6-8.7 %: bare's cards carry 24 characters, ours the quote (5 lines) and its source; dropping the text's clips, deferring the text one render after the card mounts, and CSS containment on the card changed nothing (6.2 against 6.2 %, 5.4 against 5.1 %, 6.2 against 6.1 %)",
  canvas_2000_pan_zoomed_in_long_frames_pct:
    "same A/B as the p95's: the long frames come from the quote cards' text (5 lines of quote and the source, against bare's 24 characters); the overview map's outline as a moved box (instead of a path) panned no better; showing the summary (section and 48 characters) at zoom 0.5 left 4.2 % against 7.6 % shipped and bare's 1.2 % (A/B of 2026-12-07 evening)",
  canvas_2000_pan_frame_p95_ms:
    "A/B 2026-12-07 afternoon at zoom 0.25: the far-out links were one SVG path per kind across three views' area, rasterised whole for every tile (48-70 % long frames against bare's 19-23 %; with those links hidden 0.4-0.5 %; with bare's node views 53.5 %, so not the clusters' drawing); each link its own path since then (3.1 % long frames, p95 16.8 ms against bare's 33.4); a 60 Hz frame series has a p95 of 16.7, 33.3 or 50 ms, nothing between",
  png_export_500_ms:
    "stage timings 2026-12-07 (the 500-node board, 15,976 x 8,880 px at 2x): the board's SVG 16-42 ms, the analysis JSON 5 ms, decoding the SVG image, drawing it onto the canvas and the first read of a pixel (rasterising 141 Mpx of cards and text) 0.84-1.48 s, toBlob 0.95-1.32 s (the floor's own figure), the JSON text chunk 41-127 ms; drawing the SVG's shapes and texts straight onto the 2D canvas instead, no image decoded (A/B, 2 x 6 exports each, in turns), took as long (medians 0.97 and 1.02 s against 0.93 and 1.07 s): the pixels are the cost, not the SVG; the floor fills the same canvas and writes a few lines, the export draws the whole board: 1.67-2.09x between runs (the floor itself 1,147-1,363 ms)",
  canvas_2000_drag_frame_p95_ms:
    "a 60 Hz frame series has a p95 of 16.7 or 33.3 ms, nothing between: 1.00x in the runs of 2026-12-06 04:33 and 2026-12-07, 1.99x at 2026-12-06 19:26 and 21:34 (one node re-rendered per move, as bare; the quote cards' text as when panning zoomed in)",
};
