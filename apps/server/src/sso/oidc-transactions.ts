import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { ServiceContext } from '../context.ts';
import type { OidcTransactionsTable } from '../db/schema.ts';

/** How long the person has to finish signing in at the provider. */
const TRANSACTION_MINUTES = 10;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type TransactionPurpose = 'sign-in' | 'reauthenticate';

export interface NewTransaction {
  purpose: TransactionPurpose;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  reauthentication?: {
    userId: string;
    sessionTokenHash: string;
    targetKind: string;
    targetId: string;
  };
}

/**
 * Keeps the PKCE verifier and nonce on the server, keyed by the state's hash, and returns the
 * random value for the browser's transaction cookie: the provider's answer is accepted only in
 * the browser that started the sign-in (a callback link sent to someone else is refused).
 */
export async function saveTransaction(ctx: ServiceContext, tx: NewTransaction): Promise<string> {
  const browserSecret = randomBytes(32).toString('base64url');
  const now = ctx.now();
  await ctx.db
    .deleteFrom('oidc_transactions')
    .where('expires_at', '<=', now.toISOString())
    .execute();
  await ctx.db
    .insertInto('oidc_transactions')
    .values({
      state_hash: sha256(tx.state),
      browser_hash: sha256(browserSecret),
      purpose: tx.purpose,
      code_verifier: tx.codeVerifier,
      nonce: tx.nonce,
      user_id: tx.reauthentication?.userId ?? null,
      session_token_hash: tx.reauthentication?.sessionTokenHash ?? null,
      target_kind: tx.reauthentication?.targetKind ?? null,
      target_id: tx.reauthentication?.targetId ?? null,
      return_to: tx.returnTo,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + TRANSACTION_MINUTES * 60_000).toISOString(),
    })
    .execute();
  return browserSecret;
}

/**
 * Takes (reads and deletes) the transaction of this state, if it is unexpired and was started
 * in this browser. Deleting first makes a replayed callback find nothing.
 */
export async function takeTransaction(
  ctx: ServiceContext,
  state: string,
  browserSecret: string | undefined,
): Promise<Selectable<OidcTransactionsTable> | null> {
  const stateHash = sha256(state);
  const row = await ctx.db
    .selectFrom('oidc_transactions')
    .selectAll()
    .where('state_hash', '=', stateHash)
    .executeTakeFirst();
  if (row === undefined) return null;
  const deleted = await ctx.db
    .deleteFrom('oidc_transactions')
    .where('state_hash', '=', stateHash)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) return null;
  if (row.expires_at <= ctx.now().toISOString()) return null;
  if (browserSecret === undefined) return null;
  const expected = Buffer.from(row.browser_hash, 'hex');
  const given = Buffer.from(sha256(browserSecret), 'hex');
  return timingSafeEqual(expected, given) ? row : null;
}
