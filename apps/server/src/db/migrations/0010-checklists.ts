import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Checklists as versioned program data: each saved version of one checklist (WHO sign-in,
 * time-out, sign-out, IORT time-out) with its items, who saved it, when and why. The shipped
 * templates are not stored: they are in force until the first version of that checklist.
 */
export const checklistsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('checklist_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('checklist_key', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('template_json', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('saved_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('checklist_versions_key_seq', ['checklist_key', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('checklist_versions').execute();
  },
};
