import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * After the delivery (issue 13): each version of the reconciliation with the controller's log,
 * the acknowledgement of a version's differences (at most one per version), and the in-room
 * measurements. All append-only, keyed (session_id, seq) like the checks of migration 0013.
 */
export const orReconciliationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('or_reconciliations')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('csv', 'text')
      .addColumn('controller_times_json', 'text', (c) => c.notNull())
      .addColumn('comparison_json', 'text', (c) => c.notNull())
      .addColumn('needs_acknowledgement', 'integer', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_by_name', 'text', (c) => c.notNull())
      .addColumn('recorded_by_role', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_reconciliations_pk', ['session_id', 'seq'])
      .execute();
    await db.schema
      .createTable('or_reconciliation_acknowledgements')
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('acknowledged_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('acknowledged_by_name', 'text', (c) => c.notNull())
      .addColumn('acknowledged_by_role', 'text', (c) => c.notNull())
      .addColumn('acknowledged_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_reconciliation_acknowledgements_pk', ['session_id', 'seq'])
      .addForeignKeyConstraint(
        'or_reconciliation_acknowledgements_version_fk',
        ['session_id', 'seq'],
        'or_reconciliations',
        ['session_id', 'seq'],
      )
      .execute();
    await db.schema
      .createTable('or_measurements')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('input_json', 'text', (c) => c.notNull())
      .addColumn('warnings_json', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_by_name', 'text', (c) => c.notNull())
      .addColumn('recorded_by_role', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_measurements_pk', ['session_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('or_measurements').execute();
    await db.schema.dropTable('or_reconciliation_acknowledgements').execute();
    await db.schema.dropTable('or_reconciliations').execute();
  },
};
