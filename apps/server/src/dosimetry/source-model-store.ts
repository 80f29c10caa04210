import type { SourceModelSummary } from '@openiort/contract';
import { DEMONSTRATION_LABEL, SHIPPED_MODELS, type SourceModel } from '@openiort/dosimetry';
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { withAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import type { Database, SourceModelsTable } from '../db/schema.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { checksumOf } from './canonical-json.ts';

/** A model ready to compute with, and what identifies the exact data used. */
export interface ResolvedModel {
  model: SourceModel;
  checksum: string;
  origin: 'shipped' | 'imported';
  importedAt: string | null;
}

const SHIPPED: readonly ResolvedModel[] = SHIPPED_MODELS.map((model) => ({
  model,
  checksum: checksumOf(model),
  origin: 'shipped',
  importedAt: null,
}));

export function shippedResolved(id: string): ResolvedModel | undefined {
  return SHIPPED.find((r) => r.model.id === id);
}

/** A model given inline (already validated), as the command line accepts them. */
export function inlineResolved(model: SourceModel): ResolvedModel {
  return { model, checksum: checksumOf(model), origin: 'imported', importedAt: null };
}

/**
 * Stored models were validated when imported; the checksum is checked again on every read, so
 * a model edited in the database is never used under its old name.
 */
function fromRow(row: Selectable<SourceModelsTable>): ResolvedModel {
  const model = JSON.parse(row.model_json) as SourceModel;
  if (checksumOf(model) !== row.checksum) {
    throw new Error(
      `source model ${row.id} does not match its checksum: it was changed after import`,
    );
  }
  return { model, checksum: row.checksum, origin: 'imported', importedAt: row.imported_at };
}

/** A shipped model, else an imported one, else undefined. */
export async function findSourceModel(
  db: Kysely<Database>,
  id: string,
): Promise<ResolvedModel | undefined> {
  const shipped = shippedResolved(id);
  if (shipped !== undefined) return shipped;
  const row = await db
    .selectFrom('source_models')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
}

export function toSummary(resolved: ResolvedModel): SourceModelSummary {
  const { model } = resolved;
  return {
    id: model.id,
    name: model.name,
    geometry: model.geometry,
    kind: model.kind,
    clinicalUse: model.provenance.clinicalUse,
    ...(model.provenance.clinicalUse ? {} : { demonstrationLabel: DEMONSTRATION_LABEL }),
    checksum: resolved.checksum,
    origin: resolved.origin,
    importedAt: resolved.importedAt,
  };
}

/** Shipped models first, then imported ones by id. */
export async function listSourceModels(db: Kysely<Database>): Promise<SourceModelSummary[]> {
  const rows = await db.selectFrom('source_models').selectAll().orderBy('id').execute();
  return [...SHIPPED, ...rows.map(fromRow)].map(toSummary);
}

const duplicateId = (id: string) =>
  new AppError(
    'conflict',
    `A source model with id ${id} already exists; models are never replaced (plans name them). Choose another id.`,
    { errors: [{ path: 'id', message: 'is already used by another source model' }] },
  );

/** Stores a validated model under its id; ids are never reused, so a plan's model stays known. */
export async function storeSourceModel(
  ctx: ServiceContext,
  model: SourceModel,
  actor: Actor,
): Promise<ResolvedModel> {
  if (shippedResolved(model.id) !== undefined) throw duplicateId(model.id);
  const row = {
    id: model.id,
    name: model.name,
    model_json: JSON.stringify(model),
    checksum: checksumOf(model),
    clinical_use: model.provenance.clinicalUse ? 1 : 0,
    imported_at: ctx.now().toISOString(),
    imported_by: actor.email ?? actor.id ?? 'unknown',
  };
  try {
    return await withAudit(
      ctx,
      async (trx) => {
        await trx.insertInto('source_models').values(row).execute();
        return fromRow(row);
      },
      (stored) => ({
        actor,
        action: 'source-model.import',
        outcome: 'success',
        recordType: 'source-model',
        recordId: model.id,
        after: {
          name: model.name,
          geometry: model.geometry,
          clinicalUse: model.provenance.clinicalUse,
          provenance: model.provenance.source,
          checksum: stored.checksum,
        },
      }),
    );
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateId(model.id) : error;
  }
}
