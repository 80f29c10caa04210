import type { AuditAction } from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';

/** The answer when a patient id names no patient. */
export function noPatient(patientId: string): AppError {
  return new AppError('not-found', `No patient with id ${patientId}.`);
}

export async function patientExists(db: Kysely<Database>, patientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('patients')
    .select('id')
    .where('id', '=', patientId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Lists records kept under a patient (evaluations, plans) with `load`, and audits the read under
 * the patient with every returned id. An unknown patient is audited as a failed read and answered
 * with not-found.
 */
export async function listUnderPatient<T extends { id: string }>(
  ctx: ServiceContext,
  patientId: string,
  actor: Actor,
  action: AuditAction,
  load: (db: Kysely<Database>) => Promise<T[]>,
): Promise<T[]> {
  const exists = await patientExists(ctx.db, patientId);
  const items = exists ? await load(ctx.db) : [];
  await recordAudit(ctx, {
    actor,
    action,
    outcome: exists ? 'success' : 'failure',
    recordType: 'patient',
    recordId: patientId,
    detail: exists ? { returnedIds: items.map((item) => item.id) } : { reason: 'not-found' },
  });
  if (!exists) throw noPatient(patientId);
  return items;
}
