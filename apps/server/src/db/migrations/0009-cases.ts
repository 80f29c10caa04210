import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { DatabaseHandle } from '../create-database.ts';

/**
 * The case pathway (issue 12, ADR 0013): one course of IORT for one breast, its step records,
 * the signed versions of its written directive, its links to evaluations and plans, and the
 * scanned consent form (bytes in the database, so every instance serves the same file).
 */
export function casesMigration(dialect: DatabaseHandle['dialect']): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('laterality', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('closure_reason', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
        .execute();
      await db.schema.createIndex('cases_patient_id').on('cases').column('patient_id').execute();
      // One open course per breast; both databases support partial unique indexes.
      await sql`create unique index cases_open_breast on cases (patient_id, laterality) where status = 'open'`.execute(
        db,
      );

      await db.schema
        .createTable('case_steps')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('data_json', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addPrimaryKeyConstraint('case_steps_pk', ['case_id', 'step'])
        .execute();

      await db.schema
        .createTable('case_directive_versions')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('directive_json', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('meaning', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addColumn('signed_by', 'text', (c) => c.notNull().references('users.id'))
        .addPrimaryKeyConstraint('case_directive_versions_pk', ['case_id', 'version'])
        .execute();

      await db.schema
        .createTable('case_evaluations')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id'))
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .addColumn('linked_by', 'text', (c) => c.notNull().references('users.id'))
        .addPrimaryKeyConstraint('case_evaluations_pk', ['case_id', 'evaluation_id'])
        .execute();

      // A plan belongs to at most one case, as its pre-plan or its final plan.
      await db.schema
        .createTable('case_plans')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('plan_id', 'text', (c) => c.notNull().unique().references('plans.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .addColumn('linked_by', 'text', (c) => c.notNull().references('users.id'))
        .execute();
      await db.schema
        .createIndex('case_plans_case_id')
        .on('case_plans')
        .column('case_id')
        .execute();

      await db.schema
        .createTable('case_consent_scans')
        .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'case_consent_scans',
        'case_plans',
        'case_evaluations',
        'case_directive_versions',
        'case_steps',
        'cases',
      ])
        await db.schema.dropTable(table).execute();
    },
  };
}
