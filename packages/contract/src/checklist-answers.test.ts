import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblem, checklistCompleteness, type ChecklistAnswer } from './checklist-answers.ts';
import { checklistTemplateSchema, type ChecklistTemplate } from './checklists.ts';

const TEMPLATE: ChecklistTemplate = {
  key: 'iort-time-out',
  title: 'IORT time-out (test)',
  when: 'before beam-on',
  items: [
    { id: 'patient-and-side', text: 'Patient and side confirmed.', passOver: 'never' },
    { id: 'shielding', text: 'Shielding in place.', passOver: 'with-reason' },
    { id: 'imaging', text: 'Imaging displayed.', passOver: 'with-reason' },
  ],
};

const by = { id: 'u1', displayName: 'Test nurse', role: 'nurse' };
const yes = (itemId: string, at = '2026-11-28T09:00:00.000Z'): ChecklistAnswer => ({
  itemId,
  answer: 'yes',
  by,
  at,
});
const passOver = (itemId: string, reason?: string): ChecklistAnswer => ({
  itemId,
  answer: 'passed-over',
  ...(reason === undefined ? {} : { reason }),
  by,
  at: '2026-11-28T09:01:00.000Z',
});

describe('checklistCompleteness', () => {
  it('is complete when every item is confirmed, naming who and when', () => {
    const result = checklistCompleteness(
      TEMPLATE,
      TEMPLATE.items.map((i) => yes(i.id)),
    );
    expect(result.complete).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.items.map((i) => [i.item.id, i.state, i.answer?.by.displayName])).toEqual([
      ['patient-and-side', 'yes', 'Test nurse'],
      ['shielding', 'yes', 'Test nurse'],
      ['imaging', 'yes', 'Test nurse'],
    ]);
  });

  it('names what is missing, in the checklist order', () => {
    const result = checklistCompleteness(TEMPLATE, [yes('imaging')]);
    expect(result.complete).toBe(false);
    expect(result.missing.map((i) => i.id)).toEqual(['patient-and-side', 'shielding']);
  });

  it('accepts a pass-over with a reason where allowed', () => {
    const result = checklistCompleteness(TEMPLATE, [
      yes('patient-and-side'),
      passOver('shielding', 'Mobile shield broken; staff behind the wall instead'),
      yes('imaging'),
    ]);
    expect(result.complete).toBe(true);
    expect(result.items[1]?.state).toBe('passed-over');
  });

  it('refuses a pass-over without a reason, or of an item that must be confirmed', () => {
    const result = checklistCompleteness(TEMPLATE, [
      passOver('patient-and-side', 'in a hurry'),
      passOver('shielding'),
      passOver('imaging', '   '),
      yes('no-such-item'),
    ]);
    expect(result.complete).toBe(false);
    expect(result.missing.map((i) => i.id)).toEqual(['patient-and-side', 'shielding', 'imaging']);
    expect(result.refused.map((r) => [r.answer.itemId, r.problem])).toEqual([
      ['patient-and-side', 'pass-over-not-allowed'],
      ['shielding', 'reason-required'],
      ['imaging', 'reason-required'],
      ['no-such-item', 'unknown-item'],
    ]);
  });

  it('lets a later answer replace an earlier one; a refused later one does not undo it', () => {
    const result = checklistCompleteness(TEMPLATE, [
      passOver('shielding', 'first thought'),
      yes('shielding'),
      passOver('shielding'),
    ]);
    expect(result.items[1]?.state).toBe('yes');
    expect(result.refused).toHaveLength(1);
  });

  it('is never complete while any item lacks an answer that counts (property)', () => {
    const answerArb = fc.record({
      itemId: fc.constantFrom('patient-and-side', 'shielding', 'imaging', 'other'),
      answer: fc.constantFrom('yes' as const, 'passed-over' as const),
      reason: fc.option(fc.constantFrom('', ' ', 'a reason'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 12 }), (raw) => {
        const answers = raw.map((a) => ({
          itemId: a.itemId,
          answer: a.answer,
          ...(a.reason === undefined ? {} : { reason: a.reason }),
          by,
          at: '2026-11-28T09:00:00.000Z',
        }));
        const result = checklistCompleteness(TEMPLATE, answers);
        const counted = answers.filter((a) => answerProblem(TEMPLATE, a) === null);
        const everyItemCounted = TEMPLATE.items.every((i) =>
          counted.some((a) => a.itemId === i.id),
        );
        expect(result.complete).toBe(everyItemCounted);
        // No item passed over without a reason, and no "never" item passed over, ever counts.
        for (const state of result.items) {
          if (state.state === 'passed-over') {
            expect(state.item.passOver).toBe('with-reason');
            expect(state.answer?.reason?.trim()).not.toBe('');
          }
        }
        expect(result.items.length).toBe(TEMPLATE.items.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checklistTemplateSchema', () => {
  it('refuses unknown keys at any depth, bad ids and rules, naming the path', () => {
    const result = checklistTemplateSchema.safeParse({
      ...TEMPLATE,
      extra: 1,
      items: [
        { id: 'same', text: 'A', passOver: 'never' },
        { id: 'same', text: 'B', passOver: 'with-reason', colour: 'red' },
        { id: 'Bad Id', text: 'C', passOver: 'sometimes' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['', 'items.1', 'items.2.id', 'items.2.passOver']);
  });

  it('refuses an id used twice, naming the second', () => {
    const result = checklistTemplateSchema.safeParse({
      ...TEMPLATE,
      items: [
        { id: 'same', text: 'A', passOver: 'never' },
        { id: 'same', text: 'B', passOver: 'with-reason' },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['items.1.id', 'repeats the id same: ids must be unique'],
    ]);
  });

  it('refuses an empty checklist', () => {
    expect(checklistTemplateSchema.safeParse({ ...TEMPLATE, items: [] }).success).toBe(false);
  });
});
