import { describe, expect, it } from 'vitest';
import {
  DEMONSTRATION_LABEL,
  InvalidPlanInputError,
  planBalloon,
  shellDvh,
  sphereDoseStatsGy,
  type PlanDvh,
  type PlanDvhRequest,
  type PlanResult,
  DEFAULT_PLAN_LIMITS,
  NOMINAL_STRENGTH_NOTICE,
} from '../../src/index.ts';
import { balloonInput, clinicalDemo, demo, lineModel, relative } from './fixtures.ts';

// The package compiles without DOM or Node types; the runner provides these.
declare const console: { info: (...values: unknown[]) => void };
declare const performance: { now: () => number };

function ok<D extends PlanDvh>(result: PlanResult<D>) {
  if (result.status !== 'ok') throw new Error(`plan refused: ${result.refusal.message}`);
  return result;
}

// physics.md §2.3 derives ≈ 12 min for 20 Gy on a 4.5 cm balloon from a single central dwell.
const plan45 = ok(planBalloon(demo, balloonInput(45, { skinDistanceCm: 1 })));
const minutes45 = plan45.totalTimeS / 60;

describe('planBalloon with the demonstration model', () => {
  it(`45 cc, 20 Gy to the surface: total ${minutes45.toFixed(2)} min, between 6 and 16 min`, () => {
    console.info(
      '45 cc / 20 Gy surface (demo model):',
      JSON.stringify({
        radiusCm: plan45.balloonRadiusCm,
        totalMin: minutes45,
        surfaceGy: plan45.surfaceDoseGy,
        depthGy: plan45.depthDoseGy,
        skinGyAt1cm: plan45.skinDoseGy,
        secondCheck: plan45.secondCheck,
        dwells: plan45.dwells.map((d) => [d.positionCm[2], d.timeS]),
      }),
    );
    expect(minutes45).toBeGreaterThan(6);
    expect(minutes45).toBeLessThan(16);
    // An isotropic point source gives a uniform surface dose from the central dwell alone.
    expect(plan45.surfaceDoseGy.max - plan45.surfaceDoseGy.min).toBeLessThan(1e-9);
    expect(plan45.skinDoseGy).toBeCloseTo(plan45.depthDoseGy[1]?.max ?? 0, 12);
  });

  it('labels a demonstration plan, and only that', () => {
    expect(plan45.demonstration).toBe(true);
    expect(plan45.warnings).toContain(DEMONSTRATION_LABEL);
    const clinical = ok(planBalloon(clinicalDemo, balloonInput(45, { airKermaStrengthU: 10_000 })));
    expect(clinical.demonstration).toBe(false);
    expect(clinical.warnings).toEqual([]);
  });

  it('says when the nominal strength was used because no output check was entered', () => {
    expect(plan45.strengthSource).toBe('nominal');
    expect(plan45.warnings).toContain(NOMINAL_STRENGTH_NOTICE);
    const measured = ok(planBalloon(demo, balloonInput(45, { airKermaStrengthU: 9_500 })));
    expect(measured.strengthSource).toBe('measured');
    expect(measured.warnings).not.toContain(NOMINAL_STRENGTH_NOTICE);
    // Times scale inversely with the measured strength.
    expect(measured.totalTimeS).toBeCloseTo((plan45.totalTimeS * 10_000) / 9_500, 6);
  });

  it('lengthens the total time with the fill volume', () => {
    for (const model of [demo, lineModel]) {
      const totals = [10, 20, 30, 45, 75, 120, 200].map(
        (v) => planBalloon(model, balloonInput(v)).totalTimeS,
      );
      totals.slice(1).forEach((t, i) => {
        expect(t).toBeGreaterThan(totals[i] ?? Infinity);
      });
    }
  });
});

describe('planBalloon prescription', () => {
  it('makes the mean surface dose the prescription (to surface)', () => {
    for (const model of [demo, lineModel])
      for (const v of [10, 45, 120, 200]) {
        const plan = ok(planBalloon(model, balloonInput(v)));
        expect(relative(plan.surfaceDoseGy.mean, 20)).toBeLessThan(1e-6);
      }
  });

  it('makes the mean dose at depth the prescription (to depth)', () => {
    for (const model of [demo, lineModel]) {
      const plan = ok(
        planBalloon(
          model,
          balloonInput(45, { prescription: { doseGy: 7, to: 'depth', depthCm: 1 } }),
        ),
      );
      const at1 = plan.depthDoseGy.find((d) => d.depthCm === 1);
      expect(relative(at1?.mean ?? 0, 7)).toBeLessThan(1e-6);
      expect(plan.surfaceDoseGy.mean).toBeGreaterThan(7);

      const deep = ok(
        planBalloon(
          model,
          balloonInput(45, { prescription: { doseGy: 10, to: 'depth', depthCm: 0.7 } }),
        ),
      );
      const at07 = sphereDoseStatsGy(
        model,
        deep.airKermaStrengthU,
        deep.dwells,
        deep.balloonRadiusCm + 0.7,
      );
      expect(relative(at07.mean, 10)).toBeLessThan(1e-6);
    }
  });

  it('gives non-negative times and reports 0.5 and 1.0 cm depths falling off', () => {
    for (const model of [demo, lineModel])
      for (const v of [10, 30, 75, 200])
        for (const step of [0.2, 0.5, 1]) {
          const plan = ok(planBalloon(model, balloonInput(v, { dwellStepCm: step })));
          for (const d of plan.dwells) expect(d.timeS).toBeGreaterThanOrEqual(0);
          expect(plan.depthDoseGy.map((d) => d.depthCm)).toEqual([0.5, 1]);
          const [half, one] = plan.depthDoseGy;
          expect(half?.mean).toBeLessThan(plan.surfaceDoseGy.mean);
          expect(one?.mean).toBeLessThan(half?.mean ?? 0);
        }
  });

  it('scales the times by nominal/measured strength and keeps the doses', () => {
    for (const model of [demo, lineModel]) {
      const nominal = ok(planBalloon(model, balloonInput(45, { chestWallDistanceCm: 2 })));
      const measured = ok(
        planBalloon(
          model,
          balloonInput(45, { chestWallDistanceCm: 2, airKermaStrengthU: 1.1 * 10_000 }),
        ),
      );
      expect(measured.airKermaStrengthU).toBe(11_000);
      expect(relative(measured.totalTimeS, nominal.totalTimeS / 1.1)).toBeLessThan(1e-12);
      measured.dwells.forEach((d, j) => {
        expect(d.timeS).toBeCloseTo((nominal.dwells[j]?.timeS ?? 0) / 1.1, 9);
      });
      expect(relative(measured.surfaceDoseGy.max, nominal.surfaceDoseGy.max)).toBeLessThan(1e-9);
      expect(relative(measured.skinDoseGy, nominal.skinDoseGy)).toBeLessThan(1e-9);
      expect(relative(measured.chestWallDoseGy ?? 0, nominal.chestWallDoseGy ?? 1)).toBeLessThan(
        1e-9,
      );
    }
  });

  it('reports the chest-wall dose when the distance is given', () => {
    expect(plan45.chestWallDoseGy).toBeNull();
    const plan = ok(planBalloon(lineModel, balloonInput(45, { chestWallDistanceCm: 1.5 })));
    const expected = sphereDoseStatsGy(
      lineModel,
      plan.airKermaStrengthU,
      plan.dwells,
      plan.balloonRadiusCm + 1.5,
    ).max;
    expect(plan.chestWallDoseGy).toBe(expected);
    expect(plan.chestWallDoseGy).toBeLessThan(plan.skinDoseGy);
  });

  it('is deterministic', () => {
    for (const model of [demo, lineModel]) {
      const input = balloonInput(75, { chestWallDistanceCm: 2, dwellStepCm: 0.3 });
      expect(planBalloon(model, input)).toEqual(planBalloon(model, input));
    }
  });

  it('throws on invalid input, naming the field', () => {
    expect(() => planBalloon(demo, balloonInput(5))).toThrow(InvalidPlanInputError);
    try {
      planBalloon(demo, balloonInput(45, { skinDistanceCm: -1 }));
    } catch (e) {
      expect((e as InvalidPlanInputError).errors.map((x) => x.path)).toEqual(['skinDistanceCm']);
    }
  });
});

describe('planBalloon skin distance limits (physics.md §2.4)', () => {
  it('refuses below 0.7 cm, reporting the geometry but no times and no dose', () => {
    const plan = planBalloon(
      demo,
      balloonInput(45, { skinDistanceCm: 0.6, airKermaStrengthU: 10_000 }),
    );
    expect(plan.status).toBe('refused');
    expect(plan.refusal?.code).toBe('skin-distance-below-minimum');
    expect(plan.refusal?.message).toContain('0.6 cm');
    expect(plan.refusal?.message).toContain('0.7 cm');
    expect(plan.balloonRadiusCm).toBeCloseTo(2.2065, 4);
    expect(plan.dwells.length).toBeGreaterThan(0);
    expect(plan.dwells.every((d) => d.timeS === 0)).toBe(true);
    expect(plan.totalTimeS).toBe(0);
    expect(plan.surfaceDoseGy).toBeNull();
    expect(plan.skinDoseGy).toBeNull();
    expect(plan.secondCheck).toBeNull();
    expect(plan.warnings).toEqual([DEMONSTRATION_LABEL]);
  });

  it('computes the plan under an override with a reason, and says so', () => {
    const reason = 'skin fold excised with the specimen; confirmed by the surgeon';
    const plan = ok(
      planBalloon(
        demo,
        balloonInput(45, { skinDistanceCm: 0.6, skinDistanceOverride: { reason } }),
      ),
    );
    expect(relative(plan.surfaceDoseGy.mean, 20)).toBeLessThan(1e-6);
    const override = plan.warnings.find((w) => w.includes('override'));
    expect(override).toContain(reason);
    expect(override).toContain('0.6 cm');
    expect(plan.warnings.some((w) => w.includes('below 1 cm'))).toBe(true);
    // The skin sphere (0.6 cm) lies between the 0.5 and 1.0 cm depth spheres.
    expect(plan.skinDoseGy).toBeLessThan(plan.depthDoseGy[0]?.max ?? 0);
    expect(plan.skinDoseGy).toBeGreaterThan(plan.depthDoseGy[1]?.max ?? Infinity);
  });

  it('warns below 1.0 cm, not at it; refuses below 0.7 cm, not at it', () => {
    const warnings = (skinDistanceCm: number) =>
      planBalloon(clinicalDemo, balloonInput(45, { skinDistanceCm, airKermaStrengthU: 10_000 }))
        .warnings;
    expect(warnings(0.8)).toHaveLength(1);
    expect(warnings(0.8)[0]).toContain('0.8 cm is below 1 cm');
    expect(warnings(0.7)).toHaveLength(1);
    expect(planBalloon(demo, balloonInput(45, { skinDistanceCm: 0.7 })).status).toBe('ok');
    expect(planBalloon(demo, balloonInput(45, { skinDistanceCm: 0.69 })).status).toBe('refused');
    expect(warnings(1)).toEqual([]);
  });

  it('applies the program limits it is given, and reports them with the plan', () => {
    const strict = {
      limits: { ...DEFAULT_PLAN_LIMITS, minSkinDistanceCm: 1, warnSkinDistanceCm: 1.5 },
    };
    expect(planBalloon(demo, balloonInput(45, { skinDistanceCm: 0.9 }), strict).status).toBe(
      'refused',
    );
    const plan = planBalloon(clinicalDemo, balloonInput(45, { skinDistanceCm: 1.2 }), strict);
    expect(plan.warnings.some((w) => w.includes('below 1.5 cm'))).toBe(true);
    expect(plan.limits).toEqual(strict.limits);
    expect(planBalloon(demo, balloonInput(45)).limits).toEqual(DEFAULT_PLAN_LIMITS);
  });

  it('never answers ok with a number that is not finite', () => {
    const broken = { ...clinicalDemo, doseRateConstantCGyPerHPerU: Number.NaN };
    const plan = planBalloon(broken, balloonInput(45));
    expect(plan.status).toBe('refused');
    expect(plan.refusal?.code).toBe('non-finite-result');
    expect(plan.totalTimeS).toBe(0);
  });
});

describe('planBalloon DVH composition', () => {
  const fakeDvh: PlanDvh = {
    doseGy: [0, 20],
    volumePercent: [100, 0],
    volumeCc: 60,
    v90: 50,
    v100: 40,
    v150: 10,
    v200: 2,
  };

  it('hands the finished plan to the caller’s DVH function', () => {
    const requests: PlanDvhRequest[] = [];
    const plan = ok(
      planBalloon(demo, balloonInput(45, { chestWallDistanceCm: 2 }), {
        dvh: (request) => {
          requests.push(request);
          return fakeDvh;
        },
      }),
    );
    expect(plan.dvh).toBe(fakeDvh);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.dwells).toBe(plan.dwells);
    expect(requests[0]?.balloonRadiusCm).toBe(plan.balloonRadiusCm);
    expect(requests[0]?.skinDistanceCm).toBe(1.2);
    expect(requests[0]?.chestWallDistanceCm).toBe(2);
    expect(requests[0]?.prescription.doseGy).toBe(20);
    expect(plan45.dvh).toBeNull();
  });

  it('composes with the shell DVH of grid/shell-dvh.ts', () => {
    const plan = ok(
      planBalloon(demo, balloonInput(45), {
        dvh: (r) =>
          shellDvh(r.model, r.airKermaStrengthU, r.dwells, {
            balloonRadiusCm: r.balloonRadiusCm,
            shellThicknessCm: 1,
            skinDistanceCm: r.skinDistanceCm,
            skinClipCm: 0.5,
            spacingCm: 0.1,
            prescriptionGy: r.prescription.doseGy,
          }),
      }),
    );
    // Shell from R to R + 1.2 − 0.5 cm: 4/3·π·((R + 0.7)³ − R³) ≈ 57.8 cc.
    const r = plan.balloonRadiusCm;
    const shell = (4 / 3) * Math.PI * ((r + 0.7) ** 3 - r ** 3);
    expect(relative(plan.dvh?.volumeCc ?? 0, shell)).toBeLessThan(0.03);
    expect(plan.dvh?.undefinedVoxelCount).toBe(0);
    // 20 Gy is the mean on the surface; the dose beyond it is lower everywhere.
    expect(plan.dvh?.v100).toBeLessThan(1);
  });

  it('does not compute a DVH for a refused plan', () => {
    let called = false;
    const plan = planBalloon(demo, balloonInput(45, { skinDistanceCm: 0.5 }), {
      dvh: () => {
        called = true;
        return fakeDvh;
      },
    });
    expect(plan.dvh).toBeNull();
    expect(called).toBe(false);
  });
});

describe('planBalloon speed', () => {
  it('plans in well under 100 ms (no DVH)', () => {
    planBalloon(lineModel, balloonInput(200, { dwellStepCm: 0.2 }));
    const times: number[] = [];
    for (const v of [10, 45, 200]) {
      const t0 = performance.now();
      planBalloon(lineModel, balloonInput(v, { chestWallDistanceCm: 2 }));
      times.push(performance.now() - t0);
    }
    console.info(
      'plan times (ms), 10/45/200 cc, line model:',
      times.map((t) => t.toFixed(1)),
    );
    expect(Math.max(...times)).toBeLessThan(100);
  });
});
