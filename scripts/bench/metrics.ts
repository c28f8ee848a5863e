/** One reported number; `target` is the budget it must stay under (null: tracked only). */
export interface Metric {
  value: number;
  unit: string;
  target: number | null;
}

export type Metrics = Record<string, Metric>;

/** The budgets from the performance issue; lower is better for every metric. */
export const TARGETS: Readonly<Record<string, number | null>> = {
  seed_parse_ms: null,
  seed_import_ms: 150,
  cold_start_to_searchable_ms: 1000,
  warm_start_to_searchable_ms: 600,
  search_p50_ms_20k: null,
  search_p95_ms_20k: 16,
  bundle_initial_js_gzip_kb: 200,
  canvas_2000_first_render_ratio: 1.3,
  canvas_drag_rerendered_nodes: 1,
  save_2000_ms: 50,
  load_2000_ms: 150,
  // export group
  png_export_500_ms: 3000,
  png_encode_floor_ms: null,
  png_export_500_ratio: 2,
  png_slide_500_ms: null,
  json_export_2000_ms: null,
  json_import_2000_ms: null,
  layout_500_ms: 1000,
  layout_500_main_thread_block_ms: 50,
  layout_500_overlaps: 0,
  layout_cards_500_overlaps: 0,
  layout_cards_2000_overlaps: 0,
  corpus_import_20k_ms: 3000,
  corpus_import_20k_peak_mb: null,
  corpus_import_20k_longest_task_ms: null,
};

export function metric(name: string, value: number, unit: string): Metric {
  return { value, unit, target: TARGETS[name] ?? null };
}

export function meetsTarget(m: Metric): boolean | null {
  return m.target === null ? null : m.value <= m.target;
}
