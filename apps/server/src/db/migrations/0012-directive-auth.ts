import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * How the radiation oncologist was authenticated when signing each written directive version
 * (password, or a fresh sign-in at the identity provider with its auth_time), as plan signatures
 * record it since 0008.
 */
export const directiveAuthMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('case_directive_versions')
      .addColumn('auth_method', 'text')
      .execute();
    await db.schema.alterTable('case_directive_versions').addColumn('auth_time', 'text').execute();
    // Directives signed before this migration were all signed with the password.
    await db
      .updateTable('case_directive_versions' as never)
      .set({ auth_method: 'password' } as never)
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('case_directive_versions').dropColumn('auth_time').execute();
    await db.schema.alterTable('case_directive_versions').dropColumn('auth_method').execute();
  },
};
