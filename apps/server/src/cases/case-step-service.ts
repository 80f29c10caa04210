import {
  consentUpdateSchema,
  expectedBalloonUpdateSchema,
  postPathologyUpdateSchema,
  referralUpdateSchema,
  schedulingUpdateSchema,
  teamDecisionUpdateSchema,
  treatmentUnitUpdateSchema,
  type CaseView,
  type Role,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../audit/audit-event.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { invalidFields, validate } from '../http/validate.ts';
import type { CaseParts } from './case-load.ts';
import { mutateCase } from './case-mutation.ts';
import type { CaseAction } from './case-pathway.ts';
import { staleRecord } from './case-errors.ts';
import type { StoredStep } from './case-view.ts';

interface ParsedStep {
  label: string;
  version: number;
  data: Record<string, unknown>;
  action: CaseAction;
  /** Checks that need the database (e.g. the people scheduled exist with the right role). */
  check?: (trx: Kysely<Database>) => Promise<void>;
}

/** Parses a step's body with its strict schema and says what the pathway must allow. */
function stepParser<S extends z.ZodType<{ version: number }>>(
  schema: S,
  label: string,
  action: (data: z.output<S>) => CaseAction,
  check?: (trx: Kysely<Database>, data: z.output<S>) => Promise<void>,
): (body: unknown) => ParsedStep {
  return (body) => {
    const parsed = validate(schema, body, label);
    const { version, ...data } = parsed;
    return {
      label,
      version,
      data,
      action: action(parsed),
      ...(check === undefined ? {} : { check: (trx: Kysely<Database>) => check(trx, parsed) }),
    };
  };
}

const SCHEDULED_ROLES: [field: 'surgeonId' | 'radiationOncologistId' | 'physicistId', Role][] = [
  ['surgeonId', 'surgeon'],
  ['radiationOncologistId', 'radiation-oncologist'],
  ['physicistId', 'medical-physicist'],
];

/** Each scheduled person must be an active account with the role the field names. */
async function checkScheduledPeople(
  trx: Kysely<Database>,
  data: Record<(typeof SCHEDULED_ROLES)[number][0], string>,
): Promise<void> {
  const ids = SCHEDULED_ROLES.map(([field]) => data[field]);
  const users = await trx
    .selectFrom('users')
    .select(['id', 'role', 'active'])
    .where('id', 'in', ids)
    .execute();
  const errors = SCHEDULED_ROLES.flatMap(([field, role]) => {
    const user = users.find((u) => u.id === data[field]);
    return user?.role === role && user.active === 1
      ? []
      : [{ path: field, message: `must be an active account with the role ${role}` }];
  });
  if (errors.length > 0) throw invalidFields('scheduling', errors);
}

const save = (step: 'referral' | 'scheduling' | 'treatment-unit' | 'balloon'): CaseAction => ({
  kind: 'save',
  step,
});

const STEP_PARSERS: Record<StoredStep, (body: unknown) => ParsedStep> = {
  referral: stepParser(referralUpdateSchema, 'referral', () => save('referral')),
  decision: stepParser(teamDecisionUpdateSchema, 'team decision', (d) => ({
    kind: 'save',
    step: 'decision',
    evaluationId: d.evaluationId,
  })),
  consent: stepParser(consentUpdateSchema, 'consent', () => ({ kind: 'save', step: 'consent' })),
  scheduling: stepParser(
    schedulingUpdateSchema,
    'scheduling',
    () => save('scheduling'),
    checkScheduledPeople,
  ),
  'treatment-unit': stepParser(treatmentUnitUpdateSchema, 'treatment unit', () =>
    save('treatment-unit'),
  ),
  balloon: stepParser(expectedBalloonUpdateSchema, 'expected balloon', () => save('balloon')),
  'post-pathology-decision': stepParser(
    postPathologyUpdateSchema,
    'post-pathology decision',
    () => ({ kind: 'save', step: 'post-pathology-decision' }),
  ),
};

/**
 * Records or edits one step of a case. The body carries the step's `version` as loaded (0 for
 * the first record); a stale one changes nothing (409 version-conflict). Audited as
 * case.step-save with the record before and after.
 */
export async function saveCaseStep(
  ctx: ServiceContext,
  caseId: string,
  step: StoredStep,
  body: unknown,
  actor: Actor,
): Promise<CaseView> {
  const definition = STEP_PARSERS[step](body);
  const { version, data } = definition;
  try {
    return await mutateCase(ctx, caseId, actor, {
      action: () => definition.action,
      audit: 'case.step-save',
      apply: async (trx, parts: CaseParts, now) => {
        const current = parts.steps.get(step);
        const currentVersion = current?.version ?? 0;
        if (version !== currentVersion)
          throw staleRecord(definition.label, version, currentVersion);
        await definition.check?.(trx);
        const row = {
          data_json: JSON.stringify(data),
          version: currentVersion + 1,
          recorded_at: now,
          recorded_by: actor.id ?? '',
        };
        if (current === undefined) {
          await trx
            .insertInto('case_steps')
            .values({ case_id: caseId, step, ...row })
            .execute();
        } else {
          const result = await trx
            .updateTable('case_steps')
            .set(row)
            .where('case_id', '=', caseId)
            .where('step', '=', step)
            .where('version', '=', currentVersion)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1)
            throw staleRecord(definition.label, version, currentVersion + 1);
        }
        return {
          detail: { step },
          before:
            current === undefined
              ? undefined
              : { ...(JSON.parse(current.data_json) as object), version: currentVersion },
          after: { ...data, version: currentVersion + 1 },
        };
      },
    });
  } catch (error) {
    // Two first records of the same step at once: the second finds the first's row.
    if (isUniqueViolation(error)) throw staleRecord(definition.label, version, version + 1);
    throw error;
  }
}
