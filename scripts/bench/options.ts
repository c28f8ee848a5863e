import type { SearchBenchSize } from "./searchPage";
import type { RunPlan } from "./stats";

export interface BenchOptions {
  /** Tiny sizes and one run each: proves the bench still works (npm test runs it). */
  smoke: boolean;
  /** Use an existing dist/ instead of building the app again (npm test has just built it). */
  reuseBuild: boolean;
  /** Where the JSON results go. */
  out: string;
  /** Whether the run is appended to docs/PERFORMANCE.md. */
  log: boolean;
  plan: RunPlan;
  search: SearchBenchSize;
  /** How long to wait for the app's marks or a bench page's result. */
  timeoutMs: number;
  /** Only these groups (e.g. "canvas"); empty means all. A partial run is never logged. */
  only: string[];
  /** A built dist/ of an earlier version whose start-up is measured in turns with today's. */
  baseline: string | null;
}

const USAGE = `Usage: tsx scripts/bench.ts [--smoke] [--reuse-build] [--out FILE] [--no-log]
  --smoke        tiny sizes, one run each, no docs/PERFORMANCE.md entry
                 (results go to test-results/bench-smoke.json)
  --reuse-build  use the existing dist/ when there is one
  --out FILE     JSON results file (default tests/bench/results.json)
  --no-log       do not append the run to docs/PERFORMANCE.md
  --only A,B     run only these groups (seed, bundle, yjs, app, search, persistence, canvas, layout, corpusImport, export, suggest); not logged
  --baseline DIR a built dist/ of an earlier version: its cold and warm start are measured in
                 turns with today's (baseline_*_start_to_searchable_ms), before and after in one run`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  let smoke = false;
  let reuseBuild = false;
  let out: string | null = null;
  let log = true;
  let only: string[] = [];
  let baseline: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--smoke") smoke = true;
    else if (arg === "--reuse-build") reuseBuild = true;
    else if (arg === "--no-log") log = false;
    else if (arg === "--out") out = argv[++i] ?? null;
    else if (arg === "--only") only = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg === "--baseline") baseline = argv[++i] ?? null;
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown argument: ${arg}\n${USAGE}`);
  }
  if (smoke) {
    return {
      smoke,
      reuseBuild,
      out: out ?? "test-results/bench-smoke.json",
      log: false,
      plan: { warmups: 0, runs: 1 },
      search: { quotes: 200, queries: 20, passes: 1 },
      timeoutMs: 20_000,
      only,
      baseline,
    };
  }
  return {
    smoke,
    reuseBuild,
    out: out ?? "tests/bench/results.json",
    log: log && only.length === 0,
    plan: { warmups: 1, runs: 7 },
    search: { quotes: 20_000, queries: 240, passes: 3 },
    timeoutMs: 60_000,
    only,
    baseline,
  };
}
