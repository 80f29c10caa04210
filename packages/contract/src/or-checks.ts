import { z } from 'zod';
import type { ChecklistAnswer, ChecklistCompleteness } from './checklist-answers.ts';
import type { ChecklistKey, ChecklistTemplate } from './checklists.ts';
import type { Role } from './roles.ts';

/** Who did something in the room, as stored with it. */
export interface RoomPersonDto {
  id: string;
  displayName: string;
  role: Role;
}

/**
 * POST /api/or-sessions/:sessionId/checklists/:checklistKey/items/:itemId/answers. The item
 * and checklist are in the address; who and when are the server's.
 */
export const checklistAnswerRequestSchema = z.strictObject({
  answer: z.enum(['yes', 'passed-over'], { error: 'must be yes or passed-over' }),
  reason: z
    .string({ error: 'must be text' })
    .trim()
    .max(1000, 'must be at most 1000 characters')
    .optional(),
});
export type ChecklistAnswerRequest = z.infer<typeof checklistAnswerRequestSchema>;

/** One stored output check with the server's verdict (OutputCheckInput / OutputCheckResult). */
export interface OutputCheckRecordDto {
  seq: number;
  input: unknown;
  result: {
    status: 'pass' | 'fail';
    ratio: number;
    deviationPercent: number;
    tolerancePercent: number;
    failures: { code: string; message: string }[];
    measuredAirKermaStrengthU: number;
  };
  checkedBy: RoomPersonDto;
  checkedAt: string;
}

/** One checklist as a session answers it: the version recorded for the session, and the state. */
export interface SessionChecklistDto {
  key: ChecklistKey;
  version: string;
  template: ChecklistTemplate;
  completeness: ChecklistCompleteness;
  /** Every answer given, oldest first (the latest per item counts). */
  answers: ChecklistAnswer[];
}

/** GET /api/or-sessions/:sessionId/checks. */
export interface SessionChecksDto {
  /** Oldest first; the last one counts. */
  outputChecks: OutputCheckRecordDto[];
  checklists: SessionChecklistDto[];
}
