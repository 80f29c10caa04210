import { radialDose } from './interpolation.ts';
import type { SourceModel } from './source-model.ts';
import { unknownModelKeys } from './source-model-keys.ts';

export interface ModelError {
  path: string;
  message: string;
}

/** How far g(1 cm) may sit from 1 (the definition, TG-43U1 Eq. 5) before a table is refused. */
const G_AT_REFERENCE_TOLERANCE = 0.005;
/** How far F(r, 90°) may sit from 1 (the definition, TG-43U1 Eq. 6). */
const F_AT_90_TOLERANCE = 0.005;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const positiveNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((x) => typeof x === 'number' && Number.isFinite(x) && x > 0);
const increasing = (xs: readonly number[]) => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? x));

function checkTable(
  errors: ModelError[],
  path: string,
  xs: unknown,
  ys: unknown,
  yName: string,
): boolean {
  if (!positiveNumbers(xs))
    errors.push({
      path: `${path}.rCm`,
      message: 'must be a non-empty list of positive numbers (cm)',
    });
  else if (!increasing(xs))
    errors.push({ path: `${path}.rCm`, message: 'must be strictly increasing' });
  if (!positiveNumbers(ys))
    errors.push({
      path: `${path}.${yName}`,
      message: 'must be a non-empty list of positive numbers',
    });
  else if (Array.isArray(xs) && ys.length !== xs.length) {
    errors.push({
      path: `${path}.${yName}`,
      message: `must have one value per radius (${String(xs.length)})`,
    });
  }
  return errors.length === 0;
}

function checkAnisotropyFunction(errors: ModelError[], table: unknown): void {
  if (!isObject(table)) {
    errors.push({
      path: 'anisotropyFunction',
      message: 'is required for a line source: { rCm, thetaDeg, F }',
    });
    return;
  }
  const { rCm, thetaDeg, F } = table;
  if (!positiveNumbers(rCm) || !increasing(rCm)) {
    errors.push({
      path: 'anisotropyFunction.rCm',
      message: 'must be strictly increasing positive radii (cm)',
    });
  }
  const thetasOk =
    Array.isArray(thetaDeg) &&
    thetaDeg.length > 0 &&
    thetaDeg.every((t) => typeof t === 'number' && t >= 0 && t <= 180) &&
    increasing(thetaDeg as number[]);
  if (!thetasOk)
    errors.push({
      path: 'anisotropyFunction.thetaDeg',
      message: 'must be strictly increasing angles from 0 to 180°',
    });
  if (!Array.isArray(F) || !Array.isArray(thetaDeg) || F.length !== thetaDeg.length) {
    errors.push({
      path: 'anisotropyFunction.F',
      message: 'must have one row per angle (F[thetaIndex][rIndex])',
    });
    return;
  }
  F.forEach((row, i) => {
    if (!positiveNumbers(row) || (Array.isArray(rCm) && row.length !== rCm.length)) {
      errors.push({
        path: `anisotropyFunction.F[${String(i)}]`,
        message: 'must hold one positive value per radius',
      });
    }
  });
  const row90 = (thetaDeg as unknown[]).indexOf(90);
  if (row90 >= 0 && positiveNumbers(F[row90])) {
    const bad = F[row90].findIndex((f) => Math.abs(f - 1) > F_AT_90_TOLERANCE);
    if (bad >= 0)
      errors.push({
        path: `anisotropyFunction.F[${String(row90)}][${String(bad)}]`,
        message: 'F(r, 90°) must be 1',
      });
  }
}

/**
 * Checks a source model before any dose is computed with it: shapes, units, positive values,
 * increasing radii, g(1 cm) = 1 and F(r, 90°) = 1. Every problem is named by its path.
 */
export function validateSourceModel(
  input: unknown,
): { ok: true; model: SourceModel } | { ok: false; errors: ModelError[] } {
  if (!isObject(input))
    return { ok: false, errors: [{ path: '(model)', message: 'must be a JSON object' }] };
  const m = input;
  const errors: ModelError[] = unknownModelKeys(m).map((path) => ({
    path,
    message: 'is not a source-model field',
  }));
  for (const key of ['id', 'name'] as const) {
    if (typeof m[key] !== 'string' || m[key] === '')
      errors.push({ path: key, message: 'must be a non-empty string' });
  }
  if (m.kind !== 'electronic-brachytherapy' && m.kind !== 'radionuclide') {
    errors.push({ path: 'kind', message: 'must be electronic-brachytherapy or radionuclide' });
  }
  if (m.geometry !== 'line' && m.geometry !== 'point')
    errors.push({ path: 'geometry', message: 'must be line or point' });
  if (typeof m.doseRateConstantCGyPerHPerU !== 'number' || !(m.doseRateConstantCGyPerHPerU > 0)) {
    errors.push({
      path: 'doseRateConstantCGyPerHPerU',
      message: 'must be a positive number (cGy h⁻¹ U⁻¹)',
    });
  }
  if (
    m.nominalAirKermaStrengthU !== undefined &&
    !(typeof m.nominalAirKermaStrengthU === 'number' && m.nominalAirKermaStrengthU > 0)
  ) {
    errors.push({
      path: 'nominalAirKermaStrengthU',
      message: 'must be a positive number (U) when given',
    });
  }
  if (
    m.encapsulationRadiusCm !== undefined &&
    !(typeof m.encapsulationRadiusCm === 'number' && m.encapsulationRadiusCm > 0)
  ) {
    errors.push({
      path: 'encapsulationRadiusCm',
      message: 'must be a positive number (cm) when given',
    });
  }
  if (m.geometry === 'line') {
    if (typeof m.activeLengthCm !== 'number' || !(m.activeLengthCm > 0)) {
      errors.push({
        path: 'activeLengthCm',
        message: 'must be a positive number (cm) for a line source',
      });
    }
    checkAnisotropyFunction(errors, m.anisotropyFunction);
  }
  const radial = isObject(m.radialDoseFunction) ? m.radialDoseFunction : {};
  const before = errors.length;
  checkTable(errors, 'radialDoseFunction', radial.rCm, radial.g, 'g');
  if (errors.length === before) {
    const g1 = radialDose(radial.rCm as number[], radial.g as number[], 1);
    if (Math.abs(g1 - 1) > G_AT_REFERENCE_TOLERANCE) {
      errors.push({
        path: 'radialDoseFunction.g',
        message: `g(1 cm) must be 1 (the table gives ${g1.toFixed(4)})`,
      });
    }
  }
  if (m.anisotropyFactor !== undefined) {
    const phi = isObject(m.anisotropyFactor) ? m.anisotropyFactor : {};
    checkTable(errors, 'anisotropyFactor', phi.rCm, phi.phiAn, 'phiAn');
  }
  const provenance = isObject(m.provenance) ? m.provenance : undefined;
  if (
    provenance === undefined ||
    typeof provenance.source !== 'string' ||
    typeof provenance.clinicalUse !== 'boolean'
  ) {
    errors.push({
      path: 'provenance',
      message: 'must give source (text) and clinicalUse (true or false)',
    });
  }
  return errors.length === 0
    ? { ok: true, model: m as unknown as SourceModel }
    : { ok: false, errors };
}
