import { describe, expect, it } from 'vitest';
import {
  planBalloon,
  shippedModel,
  validateSourceModel,
  type PlanResult,
  type SourceModel,
} from '../../src/index.ts';
import { balloonInput, demo } from './fixtures.ts';

const line = shippedModel('demo-50kv-ebx-line') as SourceModel;

function ok(result: PlanResult) {
  if (result.status !== 'ok') throw new Error('plan refused');
  return result;
}

describe('validity warnings of a balloon plan', () => {
  const plan = ok(planBalloon(line, balloonInput(45, { chestWallDistanceCm: 1.5 })));

  it('names the surface minimum at the cable-end pole, in the near-axis cone', () => {
    const min = plan.validityWarnings.find((w) => w.quantity === 'Surface minimum');
    expect(min?.reasons).toEqual(['near-axis-cone']);
    const [x, y, z] = min?.pointCm ?? [0, 0, 0];
    // On the balloon surface, near the −z pole (θ > 160° from the dwells' axes).
    expect(Math.hypot(x, y, z)).toBeCloseTo(plan.balloonRadiusCm, 9);
    expect(z).toBeLessThan(-0.9 * plan.balloonRadiusCm);
    expect(min?.message).toContain(`${plan.surfaceDoseGy.min.toFixed(2)} Gy at (`);
    expect(min?.message).toMatch(/θ = 1[6-7]\d\.\d° from the axis of the dwell at/);
  });

  it('reports the DVH region share within the cone', () => {
    const region = plan.validityWarnings.find((w) => w.quantity === 'PTV_EVAL DVH');
    expect(region?.pointCm).toBeNull();
    expect(region?.reasons).toEqual(['near-axis-cone']);
    expect(region?.regionPercent).toBeGreaterThan(1);
    expect(region?.regionPercent).toBeLessThan(30);
  });

  it('gives none for the isotropic point model inside its tabulated radii', () => {
    const pointPlan = ok(planBalloon(demo, balloonInput(45, { chestWallDistanceCm: 1.5 })));
    expect(pointPlan.validityWarnings).toEqual([]);
  });

  it('flags the skin and chest-wall doses beyond the last tabulated radius', () => {
    const short = validateSourceModel({
      ...line,
      id: 'test-short-tables',
      radialDoseFunction: { rCm: [0.5, 1, 2], g: [1.4651, 1, 0.6325] },
    });
    if (!short.ok) throw new Error('invalid test model');
    const result = ok(
      planBalloon(short.model, balloonInput(45, { skinDistanceCm: 2, chestWallDistanceCm: 2.5 })),
    );
    const skin = result.validityWarnings.find((w) => w.quantity.startsWith('Skin dose'));
    expect(skin?.reasons).toContain('beyond-last-radius');
    expect(skin?.message).toContain('beyond the last tabulated radius 2 cm');
    const wall = result.validityWarnings.find((w) => w.quantity.startsWith('Chest-wall dose'));
    expect(wall?.reasons).toContain('beyond-last-radius');
  });

  it('gives none for a refused plan', () => {
    const refused = planBalloon(line, balloonInput(45, { skinDistanceCm: 0.5 }));
    expect(refused.status).toBe('refused');
    expect(refused.validityWarnings).toEqual([]);
    expect(refused.surfaceUniformity).toBeNull();
  });
});
