import {
  shippedModel,
  validateSourceModel,
  type PlanInput,
  type SourceModel,
} from '../../src/index.ts';

export const demo = shippedModel('demo-50kv-ebx') as SourceModel;

/**
 * A fictitious line source with strong, asymmetric anisotropy (low dose along the catheter,
 * lower toward the cable end), so that the optimiser has work to do and the second check has a
 * line-source path to agree on. Not physics data: a test fixture only.
 */
const lineInput = {
  ...demo,
  id: 'test-line',
  name: 'Test line source with fictitious anisotropy',
  geometry: 'line',
  activeLengthCm: 0.3,
  anisotropyFactor: undefined,
  anisotropyFunction: {
    rCm: [0.5, 1, 2, 5],
    thetaDeg: [0, 30, 60, 90, 120, 150, 180],
    F: [
      [0.5, 0.55, 0.6, 0.65],
      [0.8, 0.8, 0.82, 0.85],
      [0.95, 0.95, 0.96, 0.97],
      [1, 1, 1, 1],
      [0.93, 0.93, 0.94, 0.95],
      [0.7, 0.72, 0.75, 0.78],
      [0.3, 0.35, 0.4, 0.45],
    ],
  },
  provenance: { source: 'test fixture', clinicalUse: false },
};
const checked = validateSourceModel(lineInput);
if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
export const lineModel: SourceModel = checked.model;

/** The same demonstration data, as if commissioned (to test the absence of the label). */
export const clinicalDemo: SourceModel = {
  ...demo,
  provenance: { ...demo.provenance, clinicalUse: true },
};

export function balloonInput(fillVolumeCc: number, extra: Partial<PlanInput> = {}): PlanInput {
  return {
    applicator: { type: 'balloon', fillVolumeCc },
    prescription: { doseGy: 20, to: 'surface' },
    skinDistanceCm: 1.2,
    ...extra,
  };
}

export const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
