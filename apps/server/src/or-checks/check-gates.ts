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

/**
 * Two strengths within this many units are the same number: the output check is shown and typed
 * to 0.1 U. OpenIORT's own rounding allowance, not a clinical tolerance (that is the output
 * check's own, a co-signed program limit).
 */
export const SAME_STRENGTH_U = 0.05;

/**
 * The final plan is computed from the strength today's passing output check measured (issue 13:
 * "the final plan uses this measured strength"; operating-room.md §1.2: Xoft "dwell times are
 * adjusted automatically for the measured strength"). A plan on the nominal strength, or on a
 * strength typed from another measurement, is refused with both numbers.
 */
export function measuredStrengthUsedGate(db: Kysely<Database>): BeamOnGate {
  return {
    name: 'final-plan-uses-measured-strength',
    check: async ({ sessionId, plan }) => {
      const latest = (await loadOutputChecks(db, sessionId)).at(-1);
      if (latest?.result.status !== 'pass')
        return {
          ok: false,
          code: 'awaiting-output-check',
          reason:
            'The final plan is compared with the measured strength once an output check has passed.',
        };
      const measuredU = latest.result.measuredAirKermaStrengthU;
      const plannedU = plan.input.airKermaStrengthU;
      if (plannedU !== undefined && Math.abs(plannedU - measuredU) <= SAME_STRENGTH_U)
        return { ok: true };
      const used =
        plannedU === undefined
          ? `the source model's nominal strength (${formatU(plan.output.airKermaStrengthU)})`
          : formatU(plannedU);
      return {
        ok: false,
        code: 'plan-strength-not-measured',
        reason: `Plan version ${String(plan.version)} uses ${used}, but the output check measured ${formatU(measuredU)}: recompute the final plan with the measured strength and sign it again.`,
      };
    },
  };
}

const formatU = (u: number) => `${u.toFixed(1)} U`;
