import type { DwellDoseRateMatrix } from './dose-rate-matrix.ts';
import { nnlsNormal } from './nnls.ts';

import type { SourceModel } from '../source-model.ts';

/**
 * Default weight of the smoothness term for anisotropic (line, F(r, θ)) models, chosen and
 * justified in docs/adr/0009-smooth-dwell-times.md from plans of 30, 45 and 60 cc balloons with
 * the demonstration line model.
 */
export const DEFAULT_SMOOTHNESS_WEIGHT = 0.1;

/**
 * μ when the caller gives none: DEFAULT_SMOOTHNESS_WEIGHT for a line source with an F(r, θ)
 * table; 0 for an isotropic (point) model, whose unsmoothed optimum is one central dwell with a
 * uniform surface and where the term would only add hot spots (docs/adr/0009).
 */
export function defaultSmoothnessWeight(model: SourceModel): number {
  return model.geometry === 'line' && model.anisotropyFunction !== undefined
    ? DEFAULT_SMOOTHNESS_WEIGHT
    : 0;
}

/**
 * Relative dwell weights w ≥ 0 for a uniform surface dose that also vary smoothly along the
 * catheter: the minimiser of
 *
 *   (1/m) Σ_i (A_i·w − 1)²  +  μ Σ_j (ā·(w_{j+1} − w_j))²,
 *
 * A the m × n surface dose-rate matrix (dwells in catheter order), ā the mean of its entries.
 * ā·w_j is dwell j's mean contribution to the surface dose as a fraction of the target (1), so
 * both terms are squared fractions of the prescription: at μ = 1 a step of 1 % of the
 * prescription between neighbouring dwells costs as much as 1 % rms non-uniformity on the
 * surface. μ = 0 is the plain non-negative least squares of uniformSurfaceWeights. Solved
 * exactly as a non-negative least-squares problem on the normal equations (nnls.ts):
 * (AᵀA + m·μ·ā²·DᵀD) w = Aᵀ1, D the first-difference operator. Deterministic.
 */
export function smoothSurfaceWeights(
  surface: DwellDoseRateMatrix,
  smoothnessWeight: number,
): Float64Array {
  const { rows, cols, values } = surface;
  const gram = new Float64Array(cols * cols);
  const atb = new Float64Array(cols);
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const aij = values[i * cols + j] ?? 0;
      sum += aij;
      atb[j] = (atb[j] ?? 0) + aij;
      for (let k = j; k < cols; k++)
        gram[j * cols + k] = (gram[j * cols + k] ?? 0) + aij * (values[i * cols + k] ?? 0);
    }
  }
  for (let j = 0; j < cols; j++)
    for (let k = 0; k < j; k++) gram[j * cols + k] = gram[k * cols + j] ?? 0;
  const mean = sum / (rows * cols);
  const penalty = rows * smoothnessWeight * mean * mean;
  // DᵀD of the first differences: 1, 2, …, 2, 1 on the diagonal and −1 beside it.
  for (let j = 0; j + 1 < cols; j++) {
    const a = j * cols + j;
    const b = (j + 1) * cols + (j + 1);
    gram[a] = (gram[a] ?? 0) + penalty;
    gram[b] = (gram[b] ?? 0) + penalty;
    gram[j * cols + j + 1] = (gram[j * cols + j + 1] ?? 0) - penalty;
    gram[(j + 1) * cols + j] = (gram[(j + 1) * cols + j] ?? 0) - penalty;
  }
  const weights = nnlsNormal(gram, atb, cols);
  // Round-off leaves some dwells at ~1e-12 of the largest; they are zero, not dwells to deliver.
  const largest = weights.reduce((m, w) => Math.max(m, w), 0);
  return weights.map((w) => (w < 1e-9 * largest ? 0 : w));
}

/** Surface uniformity of a plan: minimum over maximum surface dose (1 is perfectly uniform). */
export function surfaceUniformity(surface: { min: number; max: number }): number {
  return surface.max > 0 ? surface.min / surface.max : 0;
}
