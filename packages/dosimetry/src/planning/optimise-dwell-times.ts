import { dwellMatrixDosesGy, type DwellDoseRateMatrix } from './dose-rate-matrix.ts';
import { nnlsNormal } from './nnls.ts';

/**
 * Relative dwell weights (≥ 0) that make the surface dose as uniform as possible: the
 * non-negative least-squares solution of A w ≈ 1, A the surface dose-rate matrix. Minimising the
 * squared deviation from a constant is scale-free up to the prescription scaling that follows
 * (scaleToMeanDose), so the constant 1 loses nothing. Deterministic (Lawson–Hanson, nnls.ts).
 */
export function uniformSurfaceWeights(surface: DwellDoseRateMatrix): Float64Array {
  const { rows, cols, values } = surface;
  const gram = new Float64Array(cols * cols);
  const atb = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const aij = values[i * cols + j] ?? 0;
      atb[j] = (atb[j] ?? 0) + aij;
      for (let k = j; k < cols; k++)
        gram[j * cols + k] = (gram[j * cols + k] ?? 0) + aij * (values[i * cols + k] ?? 0);
    }
  }
  for (let j = 0; j < cols; j++)
    for (let k = 0; k < j; k++) gram[j * cols + k] = gram[k * cols + j] ?? 0;
  const weights = nnlsNormal(gram, atb, cols);
  // Round-off leaves some dwells at ~1e-12 of the largest; they are zero, not dwells to deliver.
  const largest = weights.reduce((m, w) => Math.max(m, w), 0);
  return weights.map((w) => (w < 1e-9 * largest ? 0 : w));
}

/**
 * Dwell times (s) proportional to the weights such that the mean dose over the target samples
 * is targetGy at the given S_K. Dose is linear in S_K · t (TG-43U1 Eq. 1), so times scale as
 * 1/S_K: today's measured strength replaces the nominal one and shortens or lengthens every dwell
 * by nominal/measured (physics.md §2.3).
 */
export function scaleToMeanDose(
  target: DwellDoseRateMatrix,
  weights: Float64Array,
  airKermaStrengthU: number,
  targetGy: number,
): Float64Array {
  const perUnit = dwellMatrixDosesGy(target, airKermaStrengthU, weights);
  const mean = perUnit.reduce((s, d) => s + d, 0) / perUnit.length;
  return weights.map((w) => (w * targetGy) / mean);
}
