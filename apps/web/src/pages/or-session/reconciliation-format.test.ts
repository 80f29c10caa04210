import { describe, expect, it } from 'vitest';
import { secondsText, signedSecondsText } from './reconciliation-format.ts';

describe('reconciliation formats', () => {
  it('shows seconds to a tenth, and a dash for a missing dwell', () => {
    expect(secondsText(12.34)).toBe('12.3 s');
    expect(secondsText(null)).toBe('—');
  });
  it('signs a difference, but not one that rounds to zero', () => {
    expect(signedSecondsText(2)).toBe('+2.0 s');
    expect(signedSecondsText(-1.26)).toBe('−1.3 s');
    expect(signedSecondsText(-0.004)).toBe('0.0 s');
    expect(signedSecondsText(0.04)).toBe('0.0 s');
    expect(signedSecondsText(null)).toBe('—');
  });
});
