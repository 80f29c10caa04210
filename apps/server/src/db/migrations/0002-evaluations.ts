import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Saved candidacy evaluations, and the versions of the program's own criteria. */
export const evaluationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('evaluations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('phase', 'text')
      .addColumn('facts_json', 'text', (c) => c.notNull())
      .addColumn('results_json', 'text', (c) => c.notNull())
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('rule_set_versions_json', 'text', (c) => c.notNull())
      .addColumn('program_criteria_version', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .execute();
    await db.schema
      .createIndex('evaluations_patient_id')
      .on('evaluations')
      .column('patient_id')
      .execute();

    await db.schema
      .createTable('program_criteria_versions')
      .addColumn('version', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull().unique())
      .addColumn('criteria_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('program_criteria_versions').execute();
    await db.schema.dropTable('evaluations').execute();
  },
};
