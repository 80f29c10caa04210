import { randomUUID } from 'node:crypto';
import {
  CHECKLIST_KEYS,
  checklistVersionRequestSchema,
  type ChecklistKey,
  type ChecklistVersion,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import { AppError } from '../http/app-error.ts';
import { validate } from '../http/validate.ts';
import { defaultVersion, selectChecklistVersions, toChecklistVersion } from './checklist-rows.ts';

async function latestSeqs(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('checklist_versions')
    .select(['checklist_key', (eb) => eb.fn.max<number | string>('seq').as('seq')])
    .groupBy('checklist_key')
    .execute();
  return new Map(rows.map((r) => [r.checklist_key, Number(r.seq)]));
}

/** The version of one checklist in force: its latest saved version, else the shipped one. */
export async function checklistInForce(
  db: Kysely<Database>,
  key: ChecklistKey,
): Promise<ChecklistVersion> {
  const row = await selectChecklistVersions(db)
    .where('c.checklist_key', '=', key)
    .orderBy('c.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? defaultVersion(key) : toChecklistVersion(row, row.seq);
}

/** Every checklist's version in force, in CHECKLIST_KEYS order. */
export async function checklistsInForce(db: Kysely<Database>): Promise<ChecklistVersion[]> {
  return Promise.all(CHECKLIST_KEYS.map((key) => checklistInForce(db, key)));
}

/** Every saved version, newest first, then the shipped templates. */
export async function checklistVersions(db: Kysely<Database>): Promise<ChecklistVersion[]> {
  const latest = await latestSeqs(db);
  const rows = await selectChecklistVersions(db)
    .orderBy('c.saved_at', 'desc')
    .orderBy('c.checklist_key')
    .orderBy('c.seq', 'desc')
    .execute();
  return [
    ...rows.map((row) => toChecklistVersion(row, latest.get(row.checklist_key) ?? row.seq)),
    ...CHECKLIST_KEYS.map((key) => ({
      ...defaultVersion(key),
      status: latest.has(key) ? ('superseded' as const) : ('default' as const),
    })),
  ];
}

/**
 * An administrator saves the next version of one checklist, with a reason. `basedOn` must be the
 * version in force, so two editors never silently overwrite each other. Audited with the items
 * before and after.
 */
export async function saveChecklistVersion(
  ctx: ServiceContext,
  body: unknown,
  actor: Actor,
): Promise<ChecklistVersion> {
  const request = validate(checklistVersionRequestSchema, body, 'checklist version');
  if (actor.id === null) throw new AppError('unauthenticated', 'Sign in to edit checklists.');
  const savedBy = actor.id;
  const key = request.template.key;
  const id = randomUUID();
  const change = await withAudit(
    ctx,
    async (trx) => {
      await serialize(trx, ctx.dialect, LOCKS.checklists);
      const before = await checklistInForce(trx, key);
      if (before.version !== request.basedOn)
        throw new AppError(
          'version-conflict',
          `The ${before.template.title} checklist was changed (you edited ${request.basedOn}, the version in force is ${before.version}). Nothing was saved; reload the checklist.`,
          { extra: { currentVersion: before.version } },
        );
      const seq = before.status === 'default' ? 1 : Number(before.version.slice(1)) + 1;
      await trx
        .insertInto('checklist_versions')
        .values({
          id,
          checklist_key: key,
          seq,
          template_json: JSON.stringify(request.template),
          reason: request.reason,
          saved_by: savedBy,
          saved_at: ctx.now().toISOString(),
        })
        .execute();
      return { before, after: await checklistInForce(trx, key) };
    },
    ({ before, after }) => ({
      actor,
      action: 'checklist.update',
      outcome: 'success',
      recordType: 'checklist',
      recordId: key,
      before: { version: before.version, template: before.template },
      after: { version: after.version, template: after.template, reason: after.reason },
    }),
  );
  return change.after;
}
