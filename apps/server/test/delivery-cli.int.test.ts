import { describe, expect, it } from 'vitest';
import { runCliCaptured, scratchDir } from './cli-io.ts';
import { PLAN_INPUT } from './plan-fixtures.ts';

interface Summary {
  status: string;
  beamOnTimeS: number;
  remainingTimeS: number;
  deliveredDoseGy: number;
  prescribedDoseGy: number;
  deviationPercent: number;
  reportable: boolean;
  dwells: { index: number; plannedTimeS: number; deliveredTimeS: number; remainingTimeS: number }[];
}

const PLAN_REQUEST = { source: 'demo-50kv-ebx-line', airKermaStrengthU: 10_000, ...PLAN_INPUT };

describe('openiort delivery', () => {
  const file = scratchDir('openiort-delivery-').write;
  const run = (content: unknown) =>
    runCliCaptured(['delivery', file('delivery.json', content)], {}, '');

  it('replays an interruption with a source change and completes at 100 %', async () => {
    const result = await run({
      planRequest: PLAN_REQUEST,
      events: [
        { atS: 0, type: 'start' },
        { atS: 130.5, type: 'interrupt', termination: 'machine', category: 'source-failure' },
        { atS: 200, type: 'source-change', airKermaStrengthU: 9500 },
        { atS: 260, type: 'resume' },
        { atS: 2000, type: 'complete' },
      ],
    });
    expect(result).toMatchObject({ code: 0, err: '' });
    const summary = JSON.parse(result.out) as Summary;
    expect(summary.status).toBe('complete');
    expect(summary.deliveredDoseGy).toBeCloseTo(20, 9);
    expect(summary.deviationPercent).toBeCloseTo(0, 9);
    expect(summary.reportable).toBe(false);
    expect(summary.remainingTimeS).toBeCloseTo(0, 9);
    const planned = summary.dwells.reduce((s, d) => s + d.plannedTimeS, 0);
    // 130.5 s at the planned strength, the rest at 9 500 U takes 10 000 / 9 500 as long.
    expect(summary.beamOnTimeS).toBeCloseTo(130.5 + ((planned - 130.5) * 10_000) / 9_500, 6);
  });

  it('names the impossible event and exits 2', async () => {
    const result = await run({
      planRequest: PLAN_REQUEST,
      events: [
        { atS: 0, type: 'start' },
        { atS: 10, type: 'interrupt', termination: 'operator' },
        { atS: 20, type: 'resume' },
        { atS: 30, type: 'resume' },
      ],
    });
    expect(result.code).toBe(2);
    expect(result.err).toContain('events[3]: resume before interrupt');
  });

  it('refuses malformed events, a refused plan and unknown fields, naming each', async () => {
    const bad = await run({
      planRequest: PLAN_REQUEST,
      events: [
        { atS: -1, type: 'start' },
        { atS: 5, type: 'pause' },
      ],
      extra: true,
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('events[0].atS: must be seconds');
    expect(bad.err).toContain('events[1].type');
    expect(bad.err).toContain('extra');
    const refused = await run({
      planRequest: { ...PLAN_REQUEST, skinDistanceCm: 0.3 },
      events: [{ atS: 0, type: 'start' }],
    });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/planRequest: the plan is refused/);
    const badPlan = await run({ planRequest: { ...PLAN_REQUEST, skinDistanceCm: -1 }, events: [] });
    expect(badPlan.code).toBe(2);
    expect(badPlan.err).toContain('planRequest.skinDistanceCm');
  });
});
