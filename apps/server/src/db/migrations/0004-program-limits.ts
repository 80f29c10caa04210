import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Program limits for plans as versioned program data (proposed by a physicist, in force once a
 * radiation oncologist co-signs), and the limits version each plan was checked against. Plans
 * saved before this migration were checked against the cited defaults or limits sent with the
 * request; they are marked "before-program-limits" so that no plan claims a version it never saw.
 */
export const programLimitsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('program_limits_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.unique())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('limits_json', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('proposed_at', 'text', (c) => c.notNull())
      .addColumn('cosigned_by', 'text', (c) => c.references('users.id'))
      .addColumn('cosigned_at', 'text')
      .addColumn('cosign_meaning', 'text')
      .execute();
    await db.schema
      .alterTable('plans')
      .addColumn('limits_version', 'text', (c) => c.notNull().defaultTo('before-program-limits'))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('plans').dropColumn('limits_version').execute();
    await db.schema.dropTable('program_limits_versions').execute();
  },
};
