import { seededRandom } from "../seededRandom";
import type { SparseVector } from "./vectors";

/**
 * Latent semantic analysis (LSA) learned from the corpus itself, on the device: the texts'
 * term vectors are projected onto the `dimensions` strongest directions of the text × term
 * matrix (a truncated singular value decomposition). Words that keep the same company in the
 * corpus ("aangifte", "politie", "melden") end up on the same directions, so two quotes can be
 * alike without sharing a word. Randomised range finder with power iterations (Halko,
 * Martinsson & Tropp 2011), seeded: the same texts always give the same coordinates.
 */

/** A dense matrix stored by column: `columns[c][row]`. */
type Columns = Float64Array[];

/** Orthonormal columns (modified Gram–Schmidt, twice for accuracy); dependent ones become zero. */
function orthonormalise(columns: Columns): Columns {
  for (let pass = 0; pass < 2; pass++)
    for (let c = 0; c < columns.length; c++) {
      const v = columns[c] as Float64Array;
      for (let p = 0; p < c; p++) {
        const u = columns[p] as Float64Array;
        let d = 0;
        for (let i = 0; i < v.length; i++) d += (u[i] as number) * (v[i] as number);
        for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - d * (u[i] as number);
      }
      let norm = 0;
      for (let i = 0; i < v.length; i++) norm += (v[i] as number) ** 2;
      const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
      for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * scale;
    }
  return columns;
}

/** A · X for the texts × terms matrix A (rows = `vectors`) and X with `termCount` rows. */
function timesTerms(vectors: readonly SparseVector[], x: Columns): Columns {
  const out = x.map(() => new Float64Array(vectors.length));
  for (let c = 0; c < x.length; c++) {
    const xc = x[c] as Float64Array;
    const oc = out[c] as Float64Array;
    vectors.forEach((v, row) => {
      let sum = 0;
      for (let k = 0; k < v.terms.length; k++)
        sum += (v.weights[k] as number) * (xc[v.terms[k] as number] as number);
      oc[row] = sum;
    });
  }
  return out;
}

/** Aᵀ · Y for Y with one row per text. */
function timesTexts(vectors: readonly SparseVector[], y: Columns, termCount: number): Columns {
  const out = y.map(() => new Float64Array(termCount));
  for (let c = 0; c < y.length; c++) {
    const yc = y[c] as Float64Array;
    const oc = out[c] as Float64Array;
    vectors.forEach((v, row) => {
      const value = yc[row] as number;
      if (value === 0) return;
      for (let k = 0; k < v.terms.length; k++) {
        const t = v.terms[k] as number;
        oc[t] = (oc[t] as number) + (v.weights[k] as number) * value;
      }
    });
  }
  return out;
}

/**
 * Eigenvalues and eigenvectors of a small symmetric r × r matrix (row-major), largest first,
 * by cyclic Jacobi rotations.
 */
export function symmetricEigen(
  matrix: Float64Array,
  r: number,
): { values: number[]; vectors: Float64Array[] } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(r * r);
  for (let i = 0; i < r; i++) v[i * r + i] = 1;
  let total = 0;
  for (let i = 0; i < a.length; i++) total += (a[i] as number) ** 2;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < r; p++)
      for (let q = p + 1; q < r; q++) off += (a[p * r + q] as number) ** 2;
    if (off <= 1e-24 * total) break;
    for (let p = 0; p < r; p++)
      for (let q = p + 1; q < r; q++) {
        const apq = a[p * r + q] as number;
        if (apq === 0) continue;
        const theta = ((a[q * r + q] as number) - (a[p * r + p] as number)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < r; k++) {
          const akp = a[k * r + p] as number;
          const akq = a[k * r + q] as number;
          a[k * r + p] = c * akp - s * akq;
          a[k * r + q] = s * akp + c * akq;
        }
        for (let k = 0; k < r; k++) {
          const apk = a[p * r + k] as number;
          const aqk = a[q * r + k] as number;
          a[p * r + k] = c * apk - s * aqk;
          a[q * r + k] = s * apk + c * aqk;
          const vkp = v[k * r + p] as number;
          const vkq = v[k * r + q] as number;
          v[k * r + p] = c * vkp - s * vkq;
          v[k * r + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: r }, (_, i) => i).sort(
    (x, y) => (a[y * r + y] as number) - (a[x * r + x] as number) || x - y,
  );
  return {
    values: order.map((i) => a[i * r + i] as number),
    vectors: order.map((i) => Float64Array.from({ length: r }, (_, k) => v[k * r + i] as number)),
  };
}

/**
 * Each text's coordinates on the `dimensions` strongest latent directions (scaled by their
 * singular values), L2-normalised, as one row-major array of `texts × dimensions`. Fewer
 * dimensions when the corpus has fewer texts or shared terms. The directions are found in term
 * space, among the terms at least two texts share (a term of one text has no company to learn
 * from), so the cost grows with the corpus's words, not with the square of its texts.
 */
export function latentCoordinates(
  vectors: readonly SparseVector[],
  termCount: number,
  dimensions: number,
): { coordinates: Float32Array; dimensions: number } {
  const n = vectors.length;
  const df = new Int32Array(termCount);
  for (const v of vectors) for (const t of v.terms) df[t] = (df[t] as number) + 1;
  const shared = new Int32Array(termCount).fill(-1);
  let sharedCount = 0;
  for (let t = 0; t < termCount; t++) if ((df[t] as number) >= 2) shared[t] = sharedCount++;
  const rows: SparseVector[] = vectors.map((v) => {
    const keep = [...v.terms.keys()].filter((k) => (shared[v.terms[k] as number] as number) >= 0);
    return {
      terms: Int32Array.from(keep, (k) => shared[v.terms[k] as number] as number),
      weights: Float64Array.from(keep, (k) => v.weights[k] as number),
    };
  });
  const rank = Math.max(0, Math.min(dimensions + 10, n, sharedCount));
  const kept = Math.min(dimensions, rank);
  const coordinates = new Float32Array(n * kept);
  if (kept === 0) return { coordinates, dimensions: 0 };
  const random = seededRandom(19);
  let z: Columns = Array.from({ length: rank }, () =>
    Float64Array.from({ length: sharedCount }, () => random() * 2 - 1),
  );
  // Range of AᵀA, sharpened by power iterations: z spans the strongest term directions.
  for (let power = 0; power < 3; power++)
    z = orthonormalise(timesTexts(rows, timesTerms(rows, z), sharedCount));
  const azz = timesTexts(rows, timesTerms(rows, z), sharedCount);
  const gram = new Float64Array(rank * rank);
  for (let a = 0; a < rank; a++)
    for (let b = a; b < rank; b++) {
      const za = z[a] as Float64Array;
      const zb = azz[b] as Float64Array;
      let d = 0;
      for (let t = 0; t < sharedCount; t++) d += (za[t] as number) * (zb[t] as number);
      gram[a * rank + b] = d;
      gram[b * rank + a] = d;
    }
  // zᵀAᵀAz = E Λ Eᵀ: the term directions are z e_d, and A z e_d = σ_d u_d the texts' coordinates.
  const eigen = symmetricEigen(gram, rank);
  const directions = new Float64Array(sharedCount * kept);
  for (let d = 0; d < kept; d++) {
    const e = eigen.vectors[d] as Float64Array;
    for (let c = 0; c < rank; c++) {
      const zc = z[c] as Float64Array;
      const ec = e[c] as number;
      for (let t = 0; t < sharedCount; t++)
        directions[t * kept + d] = (directions[t * kept + d] as number) + (zc[t] as number) * ec;
    }
  }
  rows.forEach((row, i) => {
    for (let k = 0; k < row.terms.length; k++) {
      const at = (row.terms[k] as number) * kept;
      const weight = row.weights[k] as number;
      for (let d = 0; d < kept; d++)
        coordinates[i * kept + d] =
          (coordinates[i * kept + d] as number) + weight * (directions[at + d] as number);
    }
  });
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let d = 0; d < kept; d++) norm += (coordinates[i * kept + d] as number) ** 2;
    const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < kept; d++)
      coordinates[i * kept + d] = (coordinates[i * kept + d] as number) * scale;
  }
  return { coordinates, dimensions: kept };
}
