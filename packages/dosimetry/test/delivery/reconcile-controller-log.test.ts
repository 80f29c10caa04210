import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RECONCILIATION_TOLERANCE_S, reconcileControllerLog } from '../../src/index.ts';

describe('reconcileControllerLog', () => {
  it('needs no acknowledgement when every dwell is within a second', () => {
    const result = reconcileControllerLog([100, 120.4, 80], [100.5, 119.4, 80]);
    expect(result.needsAcknowledgement).toBe(false);
    expect(result.dwellCountMismatch).toBe(false);
    expect(result.dwells.map((d) => d.differs)).toEqual([false, false, false]);
    expect(result.dwells[1]?.differenceS).toBeCloseTo(-1, 12);
    expect(result.sessionTotalS).toBeCloseTo(300.4, 12);
    expect(result.controllerTotalS).toBeCloseTo(299.9, 12);
    expect(result.totalDifferenceS).toBeCloseTo(-0.5, 12);
    expect(result.toleranceS).toBe(DEFAULT_RECONCILIATION_TOLERANCE_S);
  });

  it('flags a dwell more than a second off, in either direction', () => {
    const result = reconcileControllerLog([100, 120, 80], [101.01, 120, 78.9]);
    expect(result.dwells.map((d) => d.differs)).toEqual([true, false, true]);
    expect(result.needsAcknowledgement).toBe(true);
    expect(result.dwells[0]).toMatchObject({
      index: 0,
      sessionTimeS: 100,
      controllerTimeS: 101.01,
    });
  });

  it('always needs acknowledgement when the dwell counts differ, even with equal times', () => {
    const longer = reconcileControllerLog([100, 120], [100, 120, 0]);
    expect(longer.dwellCountMismatch).toBe(true);
    expect(longer.needsAcknowledgement).toBe(true);
    expect(longer.dwells[2]).toEqual({
      index: 2,
      sessionTimeS: null,
      controllerTimeS: 0,
      differenceS: null,
      differs: true,
    });
    const shorter = reconcileControllerLog([100, 120], [100]);
    expect(shorter.dwells[1]).toMatchObject({ controllerTimeS: null, differs: true });
    expect(shorter.needsAcknowledgement).toBe(true);
  });

  it('property: one row per dwell of the longer list; differs ⇔ |controller − session| > tolerance', () => {
    const times = fc.array(fc.double({ min: 0, max: 3600, noNaN: true }), { maxLength: 30 });
    fc.assert(
      fc.property(times, times, fc.double({ min: 0, max: 10, noNaN: true }), (s, c, tol) => {
        const r = reconcileControllerLog(s, c, tol);
        expect(r.dwells).toHaveLength(Math.max(s.length, c.length));
        r.dwells.forEach((d, i) => {
          expect(d.index).toBe(i);
          const a = s[i];
          const b = c[i];
          if (a === undefined || b === undefined) expect(d.differs).toBe(true);
          else expect(d.differs).toBe(Math.abs(b - a) > tol);
        });
        expect(r.needsAcknowledgement).toBe(
          s.length !== c.length || r.dwells.some((d) => d.differs),
        );
      }),
    );
  });

  it('property: a log identical to the session never needs acknowledgement, and swapping sides negates the differences', () => {
    const times = fc.array(fc.double({ min: 0, max: 3600, noNaN: true }), { maxLength: 30 });
    fc.assert(
      fc.property(times, times, (s, c) => {
        expect(reconcileControllerLog(s, s).needsAcknowledgement).toBe(false);
        const ab = reconcileControllerLog(s, c);
        const ba = reconcileControllerLog(c, s);
        expect(ba.totalDifferenceS).toBeCloseTo(-ab.totalDifferenceS, 6);
        ab.dwells.forEach((d, i) => {
          expect(ba.dwells[i]?.differs).toBe(d.differs);
        });
      }),
    );
  });
});
