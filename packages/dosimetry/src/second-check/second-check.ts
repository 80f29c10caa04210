import type { Dwell, SourceModel } from '../source-model.ts';
import { simpleDoseGy } from './simple-tg43.ts';

export interface SecondCheckResult {
  /** Mean dose on the balloon surface recomputed from the dwell table, Gy. */
  surfaceMeanGy: number;
  /** Maximum dose on the sphere at the skin distance, recomputed, Gy. */
  skinDoseGy: number;
  /** The larger of the two relative differences from the plan, %. */
  deviationPercent: number;
  tolerancePercent: number;
  withinTolerance: boolean;
}

export interface SecondCheckInput {
  airKermaStrengthU: number;
  dwells: readonly Dwell[];
  balloonRadiusCm: number;
  skinDistanceCm: number;
  /** The plan's values to check. */
  plan: { surfaceMeanGy: number; skinDoseGy: number };
  tolerancePercent: number;
}

/**
 * Sphere sampling of its own (not the engine's lattice): equal-area latitude bands, midpoint in
 * cos θ, × evenly spaced longitudes. Every cell has the same area, so the plain average is the
 * surface mean.
 */
const BANDS = 48;
const LONGITUDES = 16;

function sphere(radius: number): [number, number, number][] {
  const points: [number, number, number][] = [];
  for (let b = 0; b < BANDS; b++) {
    const cosT = -1 + (2 * b + 1) / BANDS;
    const sinT = Math.sqrt(1 - cosT * cosT);
    for (let l = 0; l < LONGITUDES; l++) {
      const phi = (2 * Math.PI * (l + 0.5)) / LONGITUDES;
      points.push([radius * sinT * Math.cos(phi), radius * sinT * Math.sin(phi), radius * cosT]);
    }
  }
  return points;
}

function percentDifference(check: number, plan: number): number {
  if (!Number.isFinite(check) || !Number.isFinite(plan)) return Infinity;
  if (plan === 0) return check === 0 ? 0 : Infinity;
  return (Math.abs(check - plan) / Math.abs(plan)) * 100;
}

/**
 * Independent second check (physics.md §5.2): recomputes the mean surface dose and the skin dose
 * (maximum on the sphere at the skin distance) from the dwell table alone, with its own TG-43
 * code (simple-tg43.ts) and its own sampling, and compares them with the plan. A deviation above
 * the tolerance (default 5 %, plan-limits.ts) flags the plan; it is a returned finding.
 */
export function secondCheckBalloon(model: SourceModel, input: SecondCheckInput): SecondCheckResult {
  const { airKermaStrengthU: s, dwells, balloonRadiusCm: r, skinDistanceCm } = input;
  const surface = sphere(r).map((p) => simpleDoseGy(model, s, dwells, p));
  const surfaceMeanGy = surface.reduce((a, d) => a + d, 0) / surface.length;
  const skinDoseGy = sphere(r + skinDistanceCm)
    .map((p) => simpleDoseGy(model, s, dwells, p))
    .reduce((a, d) => (d > a || Number.isNaN(d) ? d : a), -Infinity);
  const deviationPercent = Math.max(
    percentDifference(surfaceMeanGy, input.plan.surfaceMeanGy),
    percentDifference(skinDoseGy, input.plan.skinDoseGy),
  );
  return {
    surfaceMeanGy,
    skinDoseGy,
    deviationPercent,
    tolerancePercent: input.tolerancePercent,
    withinTolerance: deviationPercent <= input.tolerancePercent,
  };
}
