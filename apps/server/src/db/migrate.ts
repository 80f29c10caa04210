import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { DatabaseHandle } from './create-database.ts';
import { initialMigration } from './migrations/0001-initial.ts';
import { evaluationsMigration } from './migrations/0002-evaluations.ts';
import { plansMigration } from './migrations/0003-plans.ts';
import { programLimitsMigration } from './migrations/0004-program-limits.ts';
import { auditKeyedMigration } from './migrations/0005-audit-keyed.ts';
import { planVersionsMigration } from './migrations/0007-plan-versions.ts';
import { accountLifecycleMigration } from './migrations/0006-account-lifecycle.ts';
import { singleSignOnMigration } from './migrations/0008-single-sign-on.ts';
import { casesMigration } from './migrations/0009-cases.ts';
import { checklistsMigration } from './migrations/0010-checklists.ts';
import { orSessionsMigration } from './migrations/0011-or-sessions.ts';
import { directiveAuthMigration } from './migrations/0012-directive-auth.ts';
import { orChecksMigration } from './migrations/0013-or-checks.ts';
import { orReconciliationMigration } from './migrations/0014-or-reconciliation.ts';
import { treatmentRecordsMigration } from './migrations/0015-treatment-records.ts';

/** Every migration, in order. Names are stored in the database: never rename one. */
function allMigrations(dialect: DatabaseHandle['dialect']): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-evaluations': evaluationsMigration,
    '0003-plans': plansMigration,
    '0004-program-limits': programLimitsMigration,
    '0005-audit-keyed': auditKeyedMigration(dialect),
    '0006-account-lifecycle': accountLifecycleMigration,
    '0007-plan-versions': planVersionsMigration,
    '0008-single-sign-on': singleSignOnMigration,
    '0009-cases': casesMigration(dialect),
    '0010-checklists': checklistsMigration,
    '0011-or-sessions': orSessionsMigration,
    '0012-directive-auth': directiveAuthMigration,
    '0013-or-checks': orChecksMigration,
    '0014-or-reconciliation': orReconciliationMigration,
    '0015-treatment-records': treatmentRecordsMigration,
  };
}

function migrator(handle: Pick<DatabaseHandle, 'db' | 'dialect'>): Migrator {
  const provider: MigrationProvider = {
    getMigrations: () => Promise.resolve(allMigrations(handle.dialect)),
  };
  return new Migrator({ db: handle.db, provider });
}

export interface MigrationReport {
  applied: string[];
  schemaVersion: string | null;
}

/** Applies pending migrations; each runs in its own transaction and a failure stops the rest. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationReport> {
  const { error, results } = await migrator(handle).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    schemaVersion: await schemaVersion(handle),
  };
}

/** Name of the newest applied migration, or null before the first. */
export async function schemaVersion(
  handle: Pick<DatabaseHandle, 'db' | 'dialect'>,
): Promise<string | null> {
  const migrations = await migrator(handle).getMigrations();
  const applied = migrations.filter((m) => m.executedAt !== undefined);
  return applied.at(-1)?.name ?? null;
}

export function latestMigrationName(dialect: DatabaseHandle['dialect']): string {
  return Object.keys(allMigrations(dialect)).at(-1) ?? '';
}
