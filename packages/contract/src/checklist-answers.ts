import { z } from 'zod';
import type { ChecklistItem, ChecklistTemplate } from './checklists.ts';

/**
 * One answer to one checklist item: confirmed ('yes') or passed over with a reason, by whom and
 * when. Answers are kept as a log; a later answer to the same item replaces an earlier one.
 */
export const checklistAnswerSchema = z.strictObject({
  itemId: z.string({ error: 'must be an item id' }).min(1).max(60),
  answer: z.enum(['yes', 'passed-over'], { error: 'must be yes or passed-over' }),
  reason: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
  by: z.strictObject({
    id: z.string().min(1).max(100),
    displayName: z.string().min(1).max(200),
    role: z.string().min(1).max(60),
  }),
  at: z.iso.datetime({ error: 'must be an ISO date-time' }),
});
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

/** Why an answer does not count. */
export type AnswerProblem = 'unknown-item' | 'reason-required' | 'pass-over-not-allowed';

export const ANSWER_PROBLEM_TEXT: Record<AnswerProblem, string> = {
  'unknown-item': 'names no item of this checklist version',
  'reason-required': 'an item can be passed over only with a reason',
  'pass-over-not-allowed': 'this item cannot be passed over: it must be confirmed',
};

/** Checks one answer against the template; null when it may be recorded. */
export function answerProblem(
  template: ChecklistTemplate,
  answer: ChecklistAnswer,
): AnswerProblem | null {
  const item = template.items.find((i) => i.id === answer.itemId);
  if (item === undefined) return 'unknown-item';
  if (answer.answer === 'yes') return null;
  if (item.passOver === 'never') return 'pass-over-not-allowed';
  if ((answer.reason ?? '').trim() === '') return 'reason-required';
  return null;
}

export interface ItemState {
  item: ChecklistItem;
  state: 'yes' | 'passed-over' | 'missing';
  /** The answer that counts, when there is one. */
  answer: ChecklistAnswer | null;
}

export interface ChecklistCompleteness {
  complete: boolean;
  items: ItemState[];
  /** Items with no answer that counts, in the checklist's order. */
  missing: ChecklistItem[];
  /** Answers that do not count, with why, in the order given. */
  refused: { answer: ChecklistAnswer; problem: AnswerProblem }[];
}

/**
 * Is the checklist complete: every item confirmed, or passed over with a reason where that is
 * allowed? Answers that break a rule do not count and are listed, so a checklist can never be
 * completed by a pass-over without a reason. Pure: the caller passes the answers it stored.
 */
export function checklistCompleteness(
  template: ChecklistTemplate,
  answers: readonly ChecklistAnswer[],
): ChecklistCompleteness {
  const refused: ChecklistCompleteness['refused'] = [];
  const counted = new Map<string, ChecklistAnswer>();
  for (const answer of answers) {
    const problem = answerProblem(template, answer);
    if (problem === null) counted.set(answer.itemId, answer);
    else refused.push({ answer, problem });
  }
  const items: ItemState[] = template.items.map((item) => {
    const answer = counted.get(item.id) ?? null;
    return { item, state: answer === null ? 'missing' : answer.answer, answer };
  });
  const missing = items.filter((i) => i.state === 'missing').map((i) => i.item);
  return { complete: missing.length === 0, items, missing, refused };
}
