import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dwellPointValidity,
  NEAR_AXIS_CONE_DEG,
  shippedModel,
  validityLimits,
  type SourceModel,
} from '../../src/index.ts';

const line = shippedModel('demo-50kv-ebx-line') as SourceModel;
const limits = validityLimits(line);

describe('validity regions (property)', () => {
  it('each reason holds exactly where its region is, for any dwell axis and point', () => {
    fc.assert(
      fc.property(
        // A point given by its distance and angle from a dwell whose axis points anywhere.
        fc.double({ min: 0.01, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (rCm, thetaDeg, phi, cosAxis, axisPhi) => {
          const sinAxis = Math.sqrt(1 - cosAxis * cosAxis);
          const axis = [sinAxis * Math.cos(axisPhi), sinAxis * Math.sin(axisPhi), cosAxis] as const;
          // Two unit vectors perpendicular to the axis.
          const helper = Math.abs(axis[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
          const u = normalise(cross(axis, helper));
          const v = cross(axis, u);
          const t = (thetaDeg * Math.PI) / 180;
          const along = rCm * Math.cos(t);
          const radial = rCm * Math.sin(t);
          const centre = [0.3, -0.2, 1] as const;
          const point = [0, 1, 2].map(
            (k) =>
              (centre[k] ?? 0) +
              along * (axis[k] ?? 0) +
              radial * (Math.cos(phi) * (u[k] ?? 0) + Math.sin(phi) * (v[k] ?? 0)),
          ) as [number, number, number];
          const found = dwellPointValidity(limits, { positionCm: centre, axis }, point, 0);
          const has = (reason: string) => found.some((f) => f.reason === reason);
          const margin = 1e-6;
          const fromAxis = Math.min(thetaDeg, 180 - thetaDeg);
          if (Math.abs(fromAxis - NEAR_AXIS_CONE_DEG) > margin)
            expect(has('near-axis-cone')).toBe(fromAxis < NEAR_AXIS_CONE_DEG);
          if (Math.abs(rCm - 10) > margin) expect(has('beyond-last-radius')).toBe(rCm > 10);
          if (Math.abs(rCm - 0.5) > margin) expect(has('below-first-radius')).toBe(rCm < 0.5);
          // Inside the encapsulation only within 0.15 cm of the 0.3 cm active segment.
          const beyond = Math.max(0, Math.abs(along) - 0.15);
          const toSegment = Math.hypot(radial, beyond);
          if (Math.abs(toSegment - 0.15) > margin)
            expect(has('inside-encapsulation')).toBe(toSegment < 0.15);
          for (const f of found) {
            expect(f.distanceCm).toBeCloseTo(rCm, 9);
            expect(f.thetaDeg).toBeCloseTo(thetaDeg, 4);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

function cross(a: readonly number[], b: readonly number[]): number[] {
  return [
    (a[1] ?? 0) * (b[2] ?? 0) - (a[2] ?? 0) * (b[1] ?? 0),
    (a[2] ?? 0) * (b[0] ?? 0) - (a[0] ?? 0) * (b[2] ?? 0),
    (a[0] ?? 0) * (b[1] ?? 0) - (a[1] ?? 0) * (b[0] ?? 0),
  ];
}

function normalise(a: number[]): number[] {
  const n = Math.hypot(...a);
  return a.map((x) => x / n);
}
