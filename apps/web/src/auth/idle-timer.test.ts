import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../i18n/clinician-i18n.ts';
import { describeRemaining, idleState } from './idle-timer.ts';

const MIN = 60_000;

describe('idleState', () => {
  it('is active until the last minute, then warns, then expires', () => {
    expect(idleState(0, 5 * MIN, 15)).toEqual({ phase: 'active', remainingMs: 10 * MIN });
    expect(idleState(0, 14 * MIN, 15)).toEqual({ phase: 'warning', remainingMs: MIN });
    expect(idleState(0, 14.5 * MIN, 15).phase).toBe('warning');
    expect(idleState(0, 15 * MIN, 15)).toEqual({ phase: 'expired', remainingMs: 0 });
    expect(idleState(0, 20 * MIN, 15).phase).toBe('expired');
  });

  it('warns for half the time when the timeout is very short', () => {
    expect(idleState(0, 0.4 * MIN, 1).phase).toBe('active');
    expect(idleState(0, 0.6 * MIN, 1).phase).toBe('warning');
  });
});

describe('describeRemaining', () => {
  it('rounds up and uses plain words', () => {
    const { t } = createClinicianI18n();
    expect(describeRemaining(t, 59_001)).toBe('1 minute');
    expect(describeRemaining(t, 45_000)).toBe('45 seconds');
    expect(describeRemaining(t, 1)).toBe('1 second');
    expect(describeRemaining(t, 65_000)).toBe('1 minute 5 seconds');
    expect(describeRemaining(t, 0)).toBe('0 seconds');
  });
});
