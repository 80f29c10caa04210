import type { ServiceContext } from '../context.ts';
import { verifyPassword } from './passwords.ts';

/** Whether this active account's password is `password`: the re-entry that a signature needs. */
export async function passwordMatches(
  ctx: ServiceContext,
  userId: string,
  password: string,
): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('users')
    .select(['password_hash', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return (
    row !== undefined && row.active === 1 && (await verifyPassword(row.password_hash, password))
  );
}
