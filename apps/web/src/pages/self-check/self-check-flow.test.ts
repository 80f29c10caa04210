import { describe, expect, it } from 'vitest';
import { INITIAL_FLOW, changeAnswers, resultIsCurrent, submitAnswers } from './self-check-flow.ts';

const GOOD = {
  age: '65',
  cancerType: 'ductal',
  size: '15',
  sizeUnit: 'mm',
  brca: 'negative',
  nodes: 'no',
} as const;

describe('a changed answer hides the previous result (issue 10 §1)', () => {
  it('shows a result only for the answers that were checked', () => {
    const answered = changeAnswers(INITIAL_FLOW, GOOD);
    expect(resultIsCurrent(answered)).toBe(false);
    const checked = submitAnswers(answered);
    expect(checked.facts).not.toBeNull();
    expect(resultIsCurrent(checked.flow)).toBe(true);

    // Any change, valid or not, hides it until the patient checks again.
    const changed = changeAnswers(checked.flow, { age: 'sixty' });
    expect(resultIsCurrent(changed)).toBe(false);
    const rechecked = submitAnswers(changed);
    expect(rechecked.facts).toBeNull();
    expect(rechecked.flow.errors).toEqual({ age: 'age' });
    expect(resultIsCurrent(rechecked.flow)).toBe(false);

    // Changing back is still a change: the old result stays hidden until checked again.
    const back = changeAnswers(rechecked.flow, { age: '65' });
    expect(resultIsCurrent(back)).toBe(false);
    expect(resultIsCurrent(submitAnswers(back).flow)).toBe(true);
  });

  it('asks again to confirm an implausible size once the size or unit changes', () => {
    let flow = changeAnswers(INITIAL_FLOW, { ...GOOD, size: '14', sizeUnit: 'cm' });
    expect(submitAnswers(flow).flow.errors).toEqual({ size: 'sizeTooLarge' });
    flow = changeAnswers(flow, { sizeConfirmed: true });
    expect(submitAnswers(flow).facts).toMatchObject({ invasiveSizeMm: 140 });
    flow = changeAnswers(flow, { size: '15' });
    expect(flow.answers.sizeConfirmed).toBe(false);
    expect(submitAnswers(flow).flow.errors).toEqual({ size: 'sizeTooLarge' });
    flow = changeAnswers(flow, { sizeUnit: 'mm' });
    expect(submitAnswers(flow).facts).toMatchObject({ invasiveSizeMm: 15 });
  });
});
