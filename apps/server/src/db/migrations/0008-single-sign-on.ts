import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Hospital single sign-on (OpenID Connect) beside local accounts (docs/adr/0012-single-sign-on.md):
 * accounts linked to an identity provider by issuer and subject, the break-glass flag, the
 * program's sign-in policy, pending sign-ins at the provider, single-use signing grants, and how
 * each signer was authenticated.
 */
export const singleSignOnMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('auth_source', 'text', (c) => c.notNull().defaultTo('local'))
      .execute();
    await db.schema.alterTable('users').addColumn('oidc_issuer', 'text').execute();
    await db.schema.alterTable('users').addColumn('oidc_subject', 'text').execute();
    await db.schema
      .alterTable('users')
      .addColumn('break_glass', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // Both databases allow many rows whose issuer and subject are null (local accounts).
    await db.schema
      .createIndex('users_oidc_identity')
      .on('users')
      .columns(['oidc_issuer', 'oidc_subject'])
      .unique()
      .execute();

    await db.schema
      .createTable('sign_in_policy')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('local_sign_in', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'text')
      .execute();
    await sql`insert into sign_in_policy (id, local_sign_in) values (1, 'all')`.execute(db);

    // One row per sign-in started at the provider; deleted when it comes back or expires.
    await db.schema
      .createTable('oidc_transactions')
      .addColumn('state_hash', 'text', (c) => c.primaryKey())
      .addColumn('browser_hash', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('code_verifier', 'text', (c) => c.notNull())
      .addColumn('nonce', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('session_token_hash', 'text')
      .addColumn('target_kind', 'text')
      .addColumn('target_id', 'text')
      .addColumn('return_to', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('signing_grants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('session_token_hash', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('auth_time', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('signing_grants_target')
      .on('signing_grants')
      .columns(['user_id', 'target_kind', 'target_id'])
      .execute();

    await db.schema
      .alterTable('plan_signatures')
      .addColumn('auth_method', 'text', (c) => c.notNull().defaultTo('password'))
      .execute();
    await db.schema.alterTable('plan_signatures').addColumn('auth_time', 'text').execute();
    await db.schema
      .alterTable('program_limits_versions')
      .addColumn('cosign_auth_method', 'text')
      .execute();
    await db.schema
      .alterTable('program_limits_versions')
      .addColumn('cosign_auth_time', 'text')
      .execute();
    // Co-signatures made before single sign-on were all made with the password.
    await db
      .updateTable('program_limits_versions' as never)
      .set({ cosign_auth_method: 'password' } as never)
      .where('cosigned_by' as never, 'is not', null)
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('program_limits_versions').dropColumn('cosign_auth_time').execute();
    await db.schema
      .alterTable('program_limits_versions')
      .dropColumn('cosign_auth_method')
      .execute();
    await db.schema.alterTable('plan_signatures').dropColumn('auth_time').execute();
    await db.schema.alterTable('plan_signatures').dropColumn('auth_method').execute();
    await db.schema.dropTable('signing_grants').execute();
    await db.schema.dropTable('oidc_transactions').execute();
    await db.schema.dropTable('sign_in_policy').execute();
    await db.schema.dropIndex('users_oidc_identity').execute();
    for (const column of ['break_glass', 'oidc_subject', 'oidc_issuer', 'auth_source'])
      await db.schema.alterTable('users').dropColumn(column).execute();
  },
};
