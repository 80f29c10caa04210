import { describe, expect, it } from 'vitest';
import {
  doseAtPointsGy,
  lineGeometryAtReference,
  lineGeometry,
  shippedModel,
  type Dwell,
  type SourceModel,
} from '../src/index.ts';

const demo = shippedModel('demo-50kv-ebx') as SourceModel;
const flatPoint: SourceModel = {
  ...demo,
  radialDoseFunction: { rCm: [1], g: [1] },
  anisotropyFactor: { rCm: [1], phiAn: [1] },
};
const origin: Dwell = { positionCm: [0, 0, 0], axis: [0, 0, 1], timeS: 3600 };

describe('point source', () => {
  it('follows the inverse square law when g = φan = 1 (hand check)', () => {
    const [d1, d2, d3] = doseAtPointsGy(
      flatPoint,
      100,
      [origin],
      [
        [1, 0, 0],
        [0, 2, 0],
        [0, 0, 3],
      ],
    );
    // S_K·Λ·t = 100 U × 8.52 cGy/(h·U) × 1 h = 852 cGy = 8.52 Gy at 1 cm.
    expect(d1).toBeCloseTo(8.52, 10);
    expect(d2).toBeCloseTo(8.52 / 4, 10);
    expect(d3).toBeCloseTo(8.52 / 9, 10);
  });

  it('is linear in time and in strength, and additive over dwells', () => {
    const p: [number, number, number] = [1.3, 0.4, -0.2];
    const [one] = doseAtPointsGy(demo, 1000, [origin], [p]);
    const [doubled] = doseAtPointsGy(demo, 2000, [origin], [p]);
    const [twoDwells] = doseAtPointsGy(demo, 1000, [origin, { ...origin, timeS: 1800 }], [p]);
    expect(doubled).toBeCloseTo(2 * (one ?? 0), 10);
    expect(twoDwells).toBeCloseTo(1.5 * (one ?? 0), 10);
  });

  it('gives no dose within 0.1 cm of a dwell, never Infinity or NaN', () => {
    expect(
      doseAtPointsGy(
        demo,
        1000,
        [origin],
        [
          [0, 0, 0],
          [0.05, 0, 0],
          [0.1, 0, 0],
        ],
      ),
    ).toEqual([null, null, expect.any(Number)]);
  });

  it('is symmetric around the dwell', () => {
    const doses = doseAtPointsGy(
      demo,
      1000,
      [origin],
      [
        [1.7, 0, 0],
        [0, -1.7, 0],
        [0, 0, 1.7],
        [-1, 1, 1],
      ],
    );
    expect(doses[1]).toBeCloseTo(doses[0] ?? 0, 12);
    expect(doses[2]).toBeCloseTo(doses[0] ?? 0, 12);
  });
});

describe('line source', () => {
  const line: SourceModel = {
    ...flatPoint,
    geometry: 'line',
    activeLengthCm: 0.3,
    anisotropyFunction: { rCm: [1], thetaDeg: [0, 90, 180], F: [[1], [1], [1]] },
  };

  it('matches the geometry function integrated numerically along the line', () => {
    // G_L = (1/L)∫ dl / |P − l|² over the active length: midpoint rule with 20 000 steps.
    const L = 0.3;
    for (const [z, rho] of [
      [0, 0.5],
      [0.4, 0.2],
      [-1, 1],
      [2, 0.05],
    ] as const) {
      let sum = 0;
      const steps = 20_000;
      for (let k = 0; k < steps; k += 1) {
        const l = -L / 2 + ((k + 0.5) / steps) * L;
        sum += 1 / ((z - l) ** 2 + rho ** 2);
      }
      expect(
        lineGeometry({ alongCm: z, radialCm: rho }, L),
        `z=${String(z)}, ρ=${String(rho)}`,
      ).toBeCloseTo(sum / steps, 6);
    }
  });

  it('uses 1/(r² − L²/4) on the axis beyond the tip', () => {
    expect(lineGeometry({ alongCm: 2, radialCm: 0 }, 0.3)).toBeCloseTo(1 / (4 - 0.0225), 12);
  });

  it('approaches the point source far away', () => {
    // G_L → 1/r² as r ≫ L; the two doses then differ only by the reference normalisation
    // G_P(r0)/G_L(r0) (TG-43U1 Eq. 1 vs Eq. 11), which is 1/0.9926 for L = 0.3 cm.
    expect(lineGeometry({ alongCm: 0, radialCm: 8 }, 0.3) * 64).toBeCloseTo(1, 3);
    const [lineDose] = doseAtPointsGy(line, 100, [origin], [[8, 0, 0]]);
    const [pointDose] = doseAtPointsGy(flatPoint, 100, [origin], [[8, 0, 0]]);
    expect(((lineDose ?? 0) / (pointDose ?? 1)) * lineGeometryAtReference(0.3)).toBeCloseTo(1, 3);
  });

  it('gives no dose within 0.1 cm of the active segment, including beside its ends', () => {
    expect(
      doseAtPointsGy(
        line,
        100,
        [origin],
        [
          [0.05, 0, 0.1],
          [0, 0, 0.2],
          [0, 0, 0.3],
        ],
      ),
    ).toEqual([null, null, expect.any(Number)]);
  });
});

describe('demonstration model', () => {
  it('gives about 14.2 Gy/min at 1 cm and says it is not for clinical use', () => {
    const [gyPerMin] = doseAtPointsGy(
      demo,
      demo.nominalAirKermaStrengthU ?? 0,
      [{ ...origin, timeS: 60 }],
      [[1, 0, 0]],
    );
    expect(gyPerMin).toBeCloseTo(14.2, 1);
    expect(demo.provenance.clinicalUse).toBe(false);
  });
});
