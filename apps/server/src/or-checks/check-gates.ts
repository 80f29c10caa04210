import type { ChecklistKey } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { BeamOnGate } from '../or-session/beam-on-gates.ts';
import { loadOutputChecks, sessionChecklist } from './or-checks-rows.ts';

/**
 * The checklists that must be complete before beam-on. The IORT time-out is done "after
 * excision, before beam-on" (operating-room.md §1.3). The WHO time-out is done before skin
 * incision (interop.md §5.2), which in breast IORT always comes before the excision and so
 * before beam-on: a session whose WHO time-out is not complete has skipped a step that must
 * already have happened. Sign-in and sign-out are not preconditions of the beam.
 */
export const BEAM_ON_CHECKLISTS: readonly ChecklistKey[] = ['who-time-out', 'iort-time-out'];

/** Every beam-on checklist complete per the pure completeness function (checklist-answers.ts). */
export function timeOutCompleteGate(db: Kysely<Database>): BeamOnGate {
  return {
    name: 'time-out-checklist-complete',
    check: async ({ sessionId }) => {
      const problems: string[] = [];
      for (const key of BEAM_ON_CHECKLISTS) {
        const checklist = await sessionChecklist(db, sessionId, key);
        const missing = checklist.completeness.missing;
        if (missing.length > 0)
          problems.push(
            `${checklist.template.title} (${checklist.version}): ${String(missing.length)} item${missing.length === 1 ? '' : 's'} not answered: ${missing.map((i) => `'${i.text}'`).join(', ')}.`,
          );
      }
      if (problems.length === 0) return { ok: true };
      return { ok: false, code: 'time-out-incomplete', reason: problems.join(' ') };
    },
  };
}

/**
 * The latest output check of this session passed (issue 13: "without a passing check there is
 * no beam-on"). A later failing check replaces an earlier pass: the latest measurement counts.
 */
export function outputCheckPassedGate(db: Kysely<Database>): BeamOnGate {
  return {
    name: 'output-check-passed',
    check: async ({ sessionId }) => {
      const latest = (await loadOutputChecks(db, sessionId)).at(-1);
      if (latest === undefined)
        return {
          ok: false,
          code: 'output-check-missing',
          reason: 'No output check has been recorded for this session.',
        };
      if (latest.result.status !== 'pass')
        return {
          ok: false,
          code: 'output-check-failed',
          reason: `The latest output check (${latest.checkedBy.displayName}, ${latest.checkedAt}) failed: ${latest.result.failures.map((f) => f.message).join(' ')}`,
        };
      return { ok: true };
    },
  };
}
