/** Where new node and edge ids come from; injected so tests and pastes stay deterministic. */
export interface IdSource {
  next(prefix: string): string;
}

/** Random ids for the app: short, URL-safe, unique across browsers for shared files. */
export const randomIds: IdSource = {
  next: (prefix) => `${prefix}_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`,
};

/** Counting ids for tests: n_1, n_2, … */
export function countingIds(): IdSource {
  let n = 0;
  return { next: (prefix) => `${prefix}_${++n}` };
}
