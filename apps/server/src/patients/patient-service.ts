import { randomUUID } from 'node:crypto';
import type {
  Patient,
  PatientInput,
  PatientSearch,
  PatientStatusPage,
  PatientUpdate,
  PatientWithStatus,
} from '@openiort/contract';
import { sql } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { auditSnapshot, inputColumns, toPatient } from './patient-rows.ts';
import { noPatient } from './patient-records.ts';
import { loadPatientStatuses } from './patient-status-rows.ts';
import { patientStatus } from './patient-status.ts';
import { foldForSearch, likePattern } from './search-text.ts';

/** Rules that need the clock, so they live here and not in the shared schema. */
function checkAgainstToday(ctx: ServiceContext, input: PatientInput): void {
  const today = ctx.now().toISOString().slice(0, 10);
  if (input.birthDate > today) {
    throw new AppError('validation-failed', 'The date of birth is in the future.', {
      errors: [{ path: 'birthDate', message: `Date of birth must not be after today (${today})` }],
    });
  }
}

function duplicateMrn(mrn: string): AppError {
  return new AppError(
    'duplicate-mrn',
    `Another patient already has MRN ${mrn}. Nothing was saved.`,
    {
      errors: [{ path: 'mrn', message: 'Another patient already has this MRN' }],
    },
  );
}

async function rethrowDuplicate<T>(mrn: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateMrn(mrn) : error;
  }
}

export async function createPatient(
  ctx: ServiceContext,
  input: PatientInput,
  actor: Actor,
  options: { isDemo?: boolean } = {},
): Promise<Patient> {
  checkAgainstToday(ctx, input);
  const now = ctx.now().toISOString();
  const row = {
    id: randomUUID(),
    ...inputColumns(input),
    is_demo: options.isDemo === true ? 1 : 0,
    version: 1,
    created_at: now,
    updated_at: now,
    created_by: actor.id,
    updated_by: actor.id,
  };
  return rethrowDuplicate(input.mrn, () =>
    withAudit(
      ctx,
      async (trx) => {
        await trx.insertInto('patients').values(row).execute();
        return toPatient(row);
      },
      (patient) => ({
        actor,
        action: 'patient.create',
        outcome: 'success',
        recordType: 'patient',
        recordId: patient.id,
        after: auditSnapshot(patient),
        ...(options.isDemo === true ? { detail: { demonstration: true } } : {}),
      }),
    ),
  );
}

/** The patient with their status at a glance (latest candidacy answer, plan status, what is missing). */
export async function getPatient(
  ctx: ServiceContext,
  id: string,
  actor: Actor,
): Promise<PatientWithStatus> {
  const row = await ctx.db
    .selectFrom('patients')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  await recordAudit(ctx, {
    actor,
    action: 'patient.read',
    outcome: row === undefined ? 'failure' : 'success',
    recordType: 'patient',
    recordId: id,
    ...(row === undefined ? { detail: { reason: 'not-found' } } : {}),
  });
  if (row === undefined) throw noPatient(id);
  const statuses = await loadPatientStatuses(ctx.db, [id]);
  return { ...toPatient(row), status: statuses.get(id) ?? patientStatus(null, null) };
}

/** Matches MRN or names (any order, accents ignored); every returned patient id is audited. */
export async function searchPatients(
  ctx: ServiceContext,
  query: PatientSearch,
  actor: Actor,
): Promise<PatientStatusPage> {
  let base = ctx.db.selectFrom('patients');
  for (const word of foldForSearch(query.q ?? '')
    .split(' ')
    .filter((w) => w !== '')) {
    base = base.where(sql<boolean>`search_text like ${likePattern(word)} escape '\\'`);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('family_name')
      .orderBy('given_name')
      .orderBy('mrn')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const statuses = await loadPatientStatuses(
    ctx.db,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => ({
    ...toPatient(row),
    status: statuses.get(row.id) ?? patientStatus(null, null),
  }));
  await recordAudit(ctx, {
    actor,
    action: 'patient.search',
    outcome: 'success',
    recordType: 'patient',
    detail: { q: query.q ?? '', offset: query.offset, returnedIds: items.map((p) => p.id) },
  });
  return { items, total: Number(count.n), limit: query.limit, offset: query.offset };
}

/**
 * Saves an edit only if nobody saved since the editor loaded it (optimistic locking on `version`).
 * A stale edit changes nothing and answers with the version now stored.
 */
export async function updatePatient(
  ctx: ServiceContext,
  id: string,
  update: PatientUpdate,
  actor: Actor,
): Promise<Patient> {
  checkAgainstToday(ctx, update);
  const { version, ...input } = update;
  return rethrowDuplicate(input.mrn, () =>
    withAudit(
      ctx,
      async (trx) => {
        const current = await trx
          .selectFrom('patients')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (current === undefined) throw noPatient(id);
        const before = toPatient(current);
        if (before.version !== version) {
          throw new AppError(
            'version-conflict',
            `This patient was changed by someone else (you edited version ${String(version)}, the saved version is ${String(before.version)}). Nothing was overwritten; reload to see their changes.`,
            { extra: { currentVersion: before.version } },
          );
        }
        const set = {
          ...inputColumns(input),
          version: version + 1,
          updated_at: ctx.now().toISOString(),
          updated_by: actor.id,
        };
        const result = await trx
          .updateTable('patients')
          .set(set)
          .where('id', '=', id)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw new AppError(
            'version-conflict',
            'This patient was changed by someone else. Nothing was overwritten.',
          );
        }
        return { before, after: toPatient({ ...current, ...set }) };
      },
      ({ before, after }) => ({
        actor,
        action: 'patient.update',
        outcome: 'success',
        recordType: 'patient',
        recordId: id,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      }),
    ).then(({ after }) => after),
  );
}
