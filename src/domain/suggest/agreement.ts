/**
 * How well a clustering agrees with reference labels (the bloemlezing's themes): adjusted Rand
 * index (0 for chance, 1 for the same partition) and normalised mutual information (arithmetic
 * mean of the two entropies; 0 for independent, 1 for the same partition).
 */
type Label = string | number;

interface Cell {
  count: number;
  /** Size of the cell's reference group and of its found cluster. */
  row: number;
  column: number;
}

function tally(labels: readonly Label[]): Map<Label, number> {
  const counts = new Map<Label, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

function contingency(truth: readonly Label[], found: readonly Label[]) {
  if (truth.length !== found.length) throw new Error("label lists differ in length");
  const rows = tally(truth);
  const columns = tally(found);
  const cells = new Map<string, Cell>();
  truth.forEach((t, i) => {
    const f = found[i] as Label;
    const key = `${typeof t}:${t}\u0000${typeof f}:${f}`;
    const cell = cells.get(key);
    if (cell) cell.count++;
    else cells.set(key, { count: 1, row: rows.get(t) as number, column: columns.get(f) as number });
  });
  return { cells: [...cells.values()], rows: [...rows.values()], columns: [...columns.values()] };
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function adjustedRandIndex(truth: readonly Label[], found: readonly Label[]): number {
  const { cells, rows, columns } = contingency(truth, found);
  const index = sum(cells.map((c) => pairs(c.count)));
  const rowPairs = sum(rows.map(pairs));
  const columnPairs = sum(columns.map(pairs));
  const expected = (rowPairs * columnPairs) / pairs(truth.length);
  const max = (rowPairs + columnPairs) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

function entropy(counts: readonly number[], n: number): number {
  return -sum(counts.map((c) => (c / n) * Math.log(c / n)));
}

export function normalisedMutualInformation(truth: readonly Label[], found: readonly Label[]) {
  const n = truth.length;
  const { cells, rows, columns } = contingency(truth, found);
  const mutual = sum(
    cells.map((c) => (c.count / n) * Math.log((n * c.count) / (c.row * c.column))),
  );
  const mean = (entropy(rows, n) + entropy(columns, n)) / 2;
  if (mean === 0) return 1;
  return Math.max(0, mutual / mean);
}
