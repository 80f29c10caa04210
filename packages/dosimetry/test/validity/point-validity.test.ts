import { describe, expect, it } from 'vitest';
import {
  dwellPointValidity,
  NEAR_AXIS_CONE_DEG,
  pointValidity,
  shippedModel,
  validityLimits,
  type Point3,
  type SourceModel,
  type ValidityReason,
} from '../../src/index.ts';

const line = shippedModel('demo-50kv-ebx-line') as SourceModel;
const point = shippedModel('demo-50kv-ebx') as SourceModel;
const dwell = { positionCm: [0, 0, 0] as const, axis: [0, 0, 1] as const };

const reasons = (model: SourceModel, p: Point3): ValidityReason[] =>
  dwellPointValidity(validityLimits(model), dwell, p, 0).map((f) => f.reason);

describe('validity regions of one dwell (demonstration line model: radii 0.5–10 cm, encapsulation 0.15 cm)', () => {
  it('finds nothing where the tables are interpolated away from the axis', () => {
    expect(reasons(line, [2, 0, 0.5])).toEqual([]);
    expect(reasons(line, [0, 9.9, 0])).toEqual([]);
    // Just outside the cone at both ends.
    const off = (NEAR_AXIS_CONE_DEG + 1) * (Math.PI / 180);
    expect(reasons(line, [3 * Math.sin(off), 0, 3 * Math.cos(off)])).toEqual([]);
    expect(reasons(line, [3 * Math.sin(off), 0, -3 * Math.cos(off)])).toEqual([]);
  });

  it('flags beyond the last tabulated radius', () => {
    expect(reasons(line, [12, 0, 0])).toEqual(['beyond-last-radius']);
  });

  it('flags below the first tabulated radius', () => {
    expect(reasons(line, [0.3, 0, 0])).toEqual(['below-first-radius']);
  });

  it('flags inside the encapsulation (and below the first radius there)', () => {
    const found = dwellPointValidity(validityLimits(line), dwell, [0.12, 0, 0.1], 3);
    expect(found.map((f) => f.reason)).toEqual(['inside-encapsulation', 'below-first-radius']);
    expect(found[0]).toMatchObject({ dwellIndex: 3 });
    expect(found[0]?.distanceCm).toBeCloseTo(Math.hypot(0.12, 0.1), 12);
  });

  it('flags the near-axis cone at the tip and at the cable end, with θ', () => {
    const tip = dwellPointValidity(validityLimits(line), dwell, [0.2, 0, 3], 0);
    expect(tip.map((f) => f.reason)).toEqual(['near-axis-cone']);
    expect(tip[0]?.thetaDeg).toBeCloseTo((Math.atan2(0.2, 3) * 180) / Math.PI, 9);
    const back = dwellPointValidity(validityLimits(line), dwell, [0, 0.5, -3], 0);
    expect(back.map((f) => f.reason)).toEqual(['near-axis-cone']);
    expect(back[0]?.thetaDeg).toBeGreaterThan(180 - NEAR_AXIS_CONE_DEG);
  });

  it('has no near-axis cone for a point model (no F(r, θ)), but its radii still count', () => {
    expect(reasons(point, [0, 0, 3])).toEqual([]);
    expect(reasons(point, [0, 0, 11])).toEqual(['beyond-last-radius']);
    // The point model has no encapsulation radius: the engine's 0.1 cm applies.
    expect(reasons(point, [0.09, 0, 0])).toEqual(['inside-encapsulation', 'below-first-radius']);
  });

  it('counts only dwells giving at least 10 % of the dose', () => {
    const dwells = [dwell, { positionCm: [0, 0, 20] as const, axis: [0, 0, 1] as const }];
    const p: Point3 = [0.2, 0, 3];
    expect(pointValidity(validityLimits(line), dwells, p, [0.95, 0.05])).toHaveLength(1);
    const both = pointValidity(validityLimits(line), dwells, p, [0.5, 0.5]);
    expect(both.map((f) => [f.dwellIndex, f.reason])).toEqual([
      [0, 'near-axis-cone'],
      [1, 'beyond-last-radius'],
      [1, 'near-axis-cone'],
    ]);
  });
});
