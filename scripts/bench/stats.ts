/** Nearest-rank percentile (p in 0..100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export interface RunPlan {
  /** Runs thrown away first (JIT, disk cache of the OS, lazy init). */
  warmups: number;
  /** Runs that count; the bench reports their median. */
  runs: number;
}

/** Calls `measure` warmups + runs times, one after another; returns the counted samples. */
export async function repeat<T>(plan: RunPlan, measure: () => Promise<T> | T): Promise<T[]> {
  for (let i = 0; i < plan.warmups; i++) await measure();
  const samples: T[] = [];
  for (let i = 0; i < plan.runs; i++) samples.push(await measure());
  return samples;
}

export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
