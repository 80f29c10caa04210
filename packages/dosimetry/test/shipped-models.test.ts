import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SOURCE_MODEL_ID,
  SHIPPED_MODELS,
  shippedModel,
  validateSourceModel,
} from '../src/index.ts';

describe('shipped demonstration models', () => {
  it('ship the point model first and the anisotropic line model as the default', () => {
    expect(SHIPPED_MODELS.map((m) => m.id)).toEqual(['demo-50kv-ebx', 'demo-50kv-ebx-line']);
    expect(DEFAULT_SOURCE_MODEL_ID).toBe('demo-50kv-ebx-line');
  });

  it('the line model is labelled demonstration data and says how it was made', () => {
    const line = shippedModel(DEFAULT_SOURCE_MODEL_ID);
    expect(line).toMatchObject({
      geometry: 'line',
      activeLengthCm: 0.3,
      encapsulationRadiusCm: 0.15,
      provenance: { clinicalUse: false },
    });
    expect(line?.provenance.source).toMatch(/Invented for demonstration/);
    expect(line?.provenance.source).toMatch(/not measured or published data/);
    expect(line?.provenance.notes).toMatch(/not any real source, not vendor data/);
  });

  it('the line model is anisotropic: low along the distal axis, lower toward the cable end', () => {
    const table = shippedModel(DEFAULT_SOURCE_MODEL_ID)?.anisotropyFunction;
    const row = (theta: number) => table?.F[table.thetaDeg.indexOf(theta)] ?? [];
    expect(row(90).every((f) => f === 1)).toBe(true);
    // At every radius: tip < 1, cable end < tip; anisotropy eases with distance.
    row(0).forEach((tip, i) => {
      expect(tip).toBeLessThan(1);
      expect(row(180)[i]).toBeLessThan(tip);
    });
    expect(row(180)[0]).toBeLessThan(row(180).at(-1) ?? 0);
  });

  it('refuses an encapsulation radius that is not positive', () => {
    const line = shippedModel(DEFAULT_SOURCE_MODEL_ID);
    const checked = validateSourceModel({ ...line, encapsulationRadiusCm: 0 });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((e) => e.path)).toEqual(['encapsulationRadiusCm']);
  });
});
