import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Accounts across their life: a "must change password" flag set by an administrator's reset,
 * the last sign-in time, and failed sign-ins kept in the database (not in one instance's memory)
 * so that every instance sharing it counts the same failures and honours the same locks.
 */
export const accountLifecycleMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('users').addColumn('last_login_at', 'text').execute();
    // One row per failed sign-in; rows older than the counting window are deleted as new ones come.
    await db.schema
      .createTable('login_failures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('client_address', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('login_failures_email_at')
      .on('login_failures')
      .columns(['email', 'at'])
      .execute();
    await db.schema
      .createIndex('login_failures_address_at')
      .on('login_failures')
      .columns(['client_address', 'at'])
      .execute();
    // Keyed by the email typed, not the account, so an unknown email locks exactly like a known one.
    await db.schema
      .createTable('login_locks')
      .addColumn('email', 'text', (c) => c.primaryKey())
      .addColumn('locked_until', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('login_locks').execute();
    await db.schema.dropTable('login_failures').execute();
    await db.schema.alterTable('users').dropColumn('last_login_at').execute();
    await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  },
};
