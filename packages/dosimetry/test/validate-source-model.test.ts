import { describe, expect, it } from 'vitest';
import { shippedModel, validateSourceModel } from '../src/index.ts';

const demo = shippedModel('demo-50kv-ebx');

describe('validateSourceModel', () => {
  it('accepts the shipped demonstration model', () => {
    expect(validateSourceModel(demo).ok).toBe(true);
  });

  it('names each problem of a bad model', () => {
    const result = validateSourceModel({
      ...demo,
      geometry: 'line',
      doseRateConstantCGyPerHPerU: -1,
      radialDoseFunction: { rCm: [0.5, 2, 1], g: [1.4, 0.6, 1] },
      anisotropyFunction: {
        rCm: [1, 2],
        thetaDeg: [0, 90],
        F: [
          [0.8, 0.9],
          [1, 0.95],
        ],
      },
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual([
      'doseRateConstantCGyPerHPerU',
      'activeLengthCm',
      'anisotropyFunction.F[1][1]',
      'radialDoseFunction.rCm',
    ]);
  });

  it('refuses a radial dose function that is not 1 at 1 cm', () => {
    const result = validateSourceModel({
      ...demo,
      radialDoseFunction: { rCm: [0.5, 1, 2], g: [1.4, 1.1, 0.6] },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'g(1 cm) must be 1 (the table gives 1.1000)',
    ]);
  });

  it('requires provenance with a clinical-use flag', () => {
    const result = validateSourceModel({ ...demo, provenance: { source: 'x' } });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['provenance']);
  });

  it('refuses keys a source model does not have, at every depth, by their path', () => {
    const result = validateSourceModel({
      ...demo,
      colour: 'red',
      radialDoseFunction: { ...demo?.radialDoseFunction, junk: '<img src=x onerror=alert(1)>' },
      provenance: { source: 'x', clinicalUse: false, approvedBy: 'nobody' },
    });
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`).sort()).toEqual([
      'colour: is not a source-model field',
      'provenance.approvedBy: is not a source-model field',
      'radialDoseFunction.junk: is not a source-model field',
    ]);
  });

  it('accepts every shipped model as it is', () => {
    for (const id of ['demo-50kv-ebx', 'demo-50kv-ebx-line']) {
      expect(validateSourceModel(shippedModel(id)).ok, id).toBe(true);
    }
  });
});
