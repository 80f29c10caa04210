import type { PlanOutputDto } from '@openiort/contract';
import { DEMONSTRATION_LABEL, ENGINE_VERSION } from '@openiort/dosimetry';
import { describe, expect, it } from 'vitest';
import { runCliCaptured, scratchDir } from './cli-io.ts';
import { DEMO_ID, PLAN_INPUT } from './plan-fixtures.ts';

type PlanAnswer = PlanOutputDto & {
  source: { id: string; checksum: string; clinicalUse: boolean };
  engineVersion: string;
};

describe('openiort plan', () => {
  const file = scratchDir('openiort-plan-').write;
  const run = (args: string[], input = '') => runCliCaptured(['plan', ...args], {}, input);

  it('plans 20 Gy to the surface of a 45 cc balloon with the demonstration model, labelled', async () => {
    const result = await run([file('plan.json', { source: DEMO_ID, ...PLAN_INPUT })]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const plan = JSON.parse(result.out) as PlanAnswer;
    if (plan.status !== 'ok') throw new Error(`refused: ${plan.refusal.message}`);
    // physics.md §2.3: about 10–12 minutes at the nominal strength for a balloon of this size.
    expect(plan.totalTimeS).toBeGreaterThan(360);
    expect(plan.totalTimeS).toBeLessThan(960);
    expect(plan.surfaceDoseGy.mean).toBeCloseTo(20, 6);
    expect(plan.balloonRadiusCm).toBeCloseTo(Math.cbrt((3 * 45) / (4 * Math.PI)), 9);
    expect(plan.depthDoseGy.map((d) => d.depthCm)).toEqual([0.5, 1]);
    expect(plan.skinDoseGy).toBeGreaterThan(0);
    expect(plan.chestWallDoseGy).toBeGreaterThan(0);
    expect(plan.secondCheck.withinTolerance).toBe(true);
    expect(plan.warnings).toContain(DEMONSTRATION_LABEL);
    expect(plan).toMatchObject({
      demonstration: true,
      source: { id: DEMO_ID, clinicalUse: false },
      engineVersion: ENGINE_VERSION,
    });
    // The PTV_EVAL shell DVH: 1 cm beyond the surface, 0.5 cm under the skin (1.2 cm away).
    expect(plan.dvh?.volumeCc).toBeGreaterThan(0);
    expect(plan.dvh?.volumePercent[0]).toBe(100);
    expect(plan.dvh?.v90).toBeGreaterThan(0);
  });

  it('plans with the demonstration line model: several dwells, uniformity, validity warnings; --smoothness', async () => {
    const input = { source: 'demo-50kv-ebx-line', ...PLAN_INPUT };
    const result = await run([file('line.json', input)]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const plan = JSON.parse(result.out) as PlanAnswer;
    if (plan.status !== 'ok') throw new Error(`refused: ${plan.refusal.message}`);
    expect(plan.smoothnessWeight).toBe(0.1);
    expect(plan.dwells.filter((d) => d.timeS > 0).length).toBeGreaterThanOrEqual(4);
    expect(plan.surfaceUniformity).toBeCloseTo(plan.surfaceDoseGy.min / plan.surfaceDoseGy.max, 12);
    expect(plan.surfaceUniformity).toBeLessThan(1);
    const quantities = plan.validityWarnings?.map((w) => w.quantity);
    expect(quantities).toContain('Surface minimum');
    expect(quantities).toContain('PTV_EVAL DVH');

    const rough = JSON.parse(
      (await run([file('line0.json', input), '--smoothness', '0'])).out,
    ) as PlanAnswer;
    expect(rough.smoothnessWeight).toBe(0);
    expect(rough.dwells.filter((d) => d.timeS > 0).length).toBeLessThan(
      plan.dwells.filter((d) => d.timeS > 0).length,
    );
    const bad = await run([file('line1.json', input), '--smoothness=-1']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--smoothness: must be a number ≥ 0 (got "-1")');
  });

  it('reads stdin for "-" and answers a refusal with its reason (exit 0)', async () => {
    const result = await run(
      ['-'],
      JSON.stringify({ source: DEMO_ID, ...PLAN_INPUT, skinDistanceCm: 0.5 }),
    );
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as PlanAnswer;
    expect(plan.status).toBe('refused');
    expect(plan.refusal?.code).toBe('skin-distance-below-minimum');
    expect(plan.totalTimeS).toBe(0);
  });

  it('checks against the cited default limits, or those of a --limits file, never the plan file', async () => {
    const at09 = file('at-0.9.json', { source: DEMO_ID, ...PLAN_INPUT, skinDistanceCm: 0.9 });
    const defaults = JSON.parse((await run([at09])).out) as PlanAnswer & { limitsVersion: string };
    expect(defaults.status).toBe('ok');
    expect(defaults.limitsVersion).toBe('default-1');
    const strict = file('limits.json', {
      minSkinDistanceCm: 1,
      warnSkinDistanceCm: 1.2,
      secondCheckTolerancePercent: 5,
      strengthTolerancePercent: 20,
    });
    const checked = await run([at09, '--limits', strict]);
    expect(checked.code).toBe(0);
    const plan = JSON.parse(checked.out) as PlanAnswer & { limitsVersion: string };
    expect(plan.status).toBe('refused');
    expect(plan.limitsVersion).toBe(`file:${strict}`);

    const weak = file('weak.json', { minSkinDistanceCm: 0, warnSkinDistanceCm: 0 });
    const refused = await run([at09, '--limits', weak]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('limits.minSkinDistanceCm');
    expect(refused.err).toContain('limits.secondCheckTolerancePercent');

    const inFile = await run([
      file('with-limits.json', {
        source: DEMO_ID,
        ...PLAN_INPUT,
        limits: { minSkinDistanceCm: 0 },
      }),
    ]);
    expect(inFile.code).toBe(2);
    expect(inFile.err).toMatch(/limits: cannot be sent with a plan/);
  });

  it('refuses text with NUL or bidi controls in a plan file, naming the field', async () => {
    const result = await run([
      file('nul.json', {
        source: DEMO_ID,
        ...PLAN_INPUT,
        skinDistanceOverride: { reason: 'fine\u0000' },
      }),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('skinDistanceOverride.reason');
  });

  it('names every bad field and exits 2', async () => {
    const result = await run([
      file('bad.json', {
        source: DEMO_ID,
        applicator: { type: 'balloon', fillVolumeCc: 5000 },
        prescription: { doseGy: 2000, to: 'surface' },
        skinDistanceCm: -1,
      }),
    ]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^applicator\.fillVolumeCc: /m);
    expect(result.err).toMatch(/^prescription\.doseGy: /m);
    expect(result.err).toMatch(/^skinDistanceCm: /m);
    expect(result.err).toMatch(/Nothing was planned\./);

    const noSource = await run([file('no-source.json', PLAN_INPUT)]);
    expect(noSource.code).toBe(2);
    expect(noSource.err).toMatch(/^source: must be a source model id/m);
  });
});
