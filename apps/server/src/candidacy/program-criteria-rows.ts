import type { PersonRef, ProgramCriteriaVersion } from '@openiort/contract';
import {
  DEFAULT_PROGRAM_CRITERIA,
  type ProgramCriteria,
  type ProgramCriteriaInput,
} from '@openiort/guidelines';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A saved version with the criteria typed as the engine takes them. */
export interface ProgramCriteriaRecord extends ProgramCriteriaVersion {
  criteria: ProgramCriteria;
}

/** In force while no administrator has changed the criteria. */
export const DEFAULT_CRITERIA_RECORD: ProgramCriteriaRecord = {
  version: DEFAULT_PROGRAM_CRITERIA.version,
  criteria: DEFAULT_PROGRAM_CRITERIA,
  createdAt: null,
  createdBy: null,
};

export function personRef(
  id: string | null,
  email: string | null,
  displayName: string | null,
): PersonRef | null {
  return id === null || email === null || displayName === null ? null : { id, email, displayName };
}

/** Saved versions with their authors; callers order and limit. */
export function selectCriteriaVersions(db: Kysely<Database>) {
  return db
    .selectFrom('program_criteria_versions as p')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select([
      'p.version',
      'p.seq',
      'p.criteria_json',
      'p.created_at',
      'p.created_by',
      'u.email as author_email',
      'u.display_name as author_name',
    ]);
}

type CriteriaRow = Awaited<
  ReturnType<ReturnType<typeof selectCriteriaVersions>['executeTakeFirstOrThrow']>
>;

/** Stored criteria were validated when saved, so they are read back as they are. */
export function toCriteriaRecord(row: CriteriaRow): ProgramCriteriaRecord {
  const criteria = JSON.parse(row.criteria_json) as ProgramCriteriaInput;
  return {
    version: row.version,
    criteria: { ...criteria, version: row.version },
    createdAt: row.created_at,
    createdBy: personRef(row.created_by, row.author_email, row.author_name),
  };
}
