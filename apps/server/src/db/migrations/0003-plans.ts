import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Imported source models, dose plans and their electronic signatures. */
export const plansMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('source_models')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('model_json', 'text', (c) => c.notNull())
      .addColumn('checksum', 'text', (c) => c.notNull())
      .addColumn('clinical_use', 'integer', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('source_model_id', 'text', (c) => c.notNull())
      .addColumn('source_model_checksum', 'text', (c) => c.notNull())
      .addColumn('input_json', 'text', (c) => c.notNull())
      .addColumn('output_json', 'text', (c) => c.notNull())
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('demonstration', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .execute();
    await db.schema.createIndex('plans_patient_id').on('plans').column('patient_id').execute();

    await db.schema
      .createTable('plan_signatures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('plan_version', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('user_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('meaning', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('plan_signatures_once_per_version', [
        'plan_id',
        'plan_version',
        'user_id',
      ])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('plan_signatures').execute();
    await db.schema.dropTable('plans').execute();
    await db.schema.dropTable('source_models').execute();
  },
};
