import type { ChecklistKey, ChecklistTemplate, ChecklistVersion } from '@openiort/contract';
import type { Kysely, Selectable } from 'kysely';
import type { ChecklistVersionsTable, Database } from '../db/schema.ts';
import { DEFAULT_CHECKLISTS } from './default-checklists.ts';

export const DEFAULT_CHECKLIST_VERSION = 'default-1';

/** The shipped template of a checklist as a version. */
export function defaultVersion(key: ChecklistKey): ChecklistVersion {
  const template = DEFAULT_CHECKLISTS.find((t) => t.key === key);
  if (template === undefined) throw new Error(`no shipped checklist ${key}`);
  return {
    id: `${key}-${DEFAULT_CHECKLIST_VERSION}`,
    key,
    version: DEFAULT_CHECKLIST_VERSION,
    status: 'default',
    template,
    reason:
      'Shipped with OpenIORT (WHO Surgical Safety Checklist; IORT time-out from operating-room.md §1.3).',
    savedBy: null,
    savedAt: null,
  };
}

type Row = Selectable<ChecklistVersionsTable> & { saver_email: string; saver_name: string };

export function selectChecklistVersions(db: Kysely<Database>) {
  return db
    .selectFrom('checklist_versions as c')
    .innerJoin('users as u', 'u.id', 'c.saved_by')
    .selectAll('c')
    .select(['u.email as saver_email', 'u.display_name as saver_name']);
}

/** A stored version; `latestSeq` (of its checklist) tells the one in force from older ones. */
export function toChecklistVersion(row: Row, latestSeq: number): ChecklistVersion {
  return {
    id: row.id,
    key: row.checklist_key as ChecklistKey,
    version: `v${String(row.seq)}`,
    status: row.seq === latestSeq ? 'in-force' : 'superseded',
    // Written by this server from a checked template.
    template: JSON.parse(row.template_json) as ChecklistTemplate,
    reason: row.reason,
    savedBy: { id: row.saved_by, email: row.saver_email, displayName: row.saver_name },
    savedAt: row.saved_at,
  };
}
