import { randomUUID } from 'node:crypto';
import {
  LIMITS_COSIGN_MEANING,
  type ProgramLimitsOverview,
  type ProgramLimitsVersion,
} from '@openiort/contract';
import { planLimitsSchema, type PlanLimits } from '@openiort/dosimetry';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import { checkSigner, spendReauthentication, type Signer } from '../auth/reauthenticate.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { LOCKS, serialize } from '../db/serialize.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields, validate } from '../http/validate.ts';
import { DEFAULT_LIMITS_VERSION, selectLimitVersions, toLimitsVersion } from './limits-rows.ts';

const proposalSchema = z.strictObject({
  limits: planLimitsSchema,
  reason: z
    .string({ error: 'must say why the limits change' })
    .trim()
    .min(1, 'must say why the limits change')
    .max(1000, 'must be at most 1000 characters'),
});

const cosignSchema = z.strictObject({
  password: z.string({ error: 'enter your password again to co-sign' }).min(1).max(256),
  meaning: z.string({ error: 'must be the statement you confirm' }).max(2000),
});
// Single sign-on accounts send no password: they re-authenticate at the identity provider.
const ssoCosignSchema = cosignSchema.omit({ password: true });

/** The limits every new plan is checked against, and the version that names them. */
export interface LimitsInForce {
  version: string;
  limits: PlanLimits;
}

async function currentSeq(db: Kysely<Database>): Promise<number | null> {
  const row = await db
    .selectFrom('program_limits_versions')
    .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
    .where('status', '=', 'in-force')
    .executeTakeFirst();
  return row?.seq ?? null;
}

async function currentVersion(db: Kysely<Database>): Promise<ProgramLimitsVersion> {
  const seq = await currentSeq(db);
  if (seq === null) return DEFAULT_LIMITS_VERSION;
  const row = await selectLimitVersions(db).where('l.seq', '=', seq).executeTakeFirstOrThrow();
  return toLimitsVersion(row, seq);
}

export async function limitsInForce(db: Kysely<Database>): Promise<LimitsInForce> {
  const current = await currentVersion(db);
  return { version: current.version ?? DEFAULT_LIMITS_VERSION.id, limits: current.limits };
}

export async function limitsOverview(db: Kysely<Database>): Promise<ProgramLimitsOverview> {
  const seq = await currentSeq(db);
  const rows = await selectLimitVersions(db)
    .orderBy('l.proposed_at', 'desc')
    .orderBy('l.id')
    .execute();
  const all = rows.map((row) => toLimitsVersion(row, seq));
  return {
    current: await currentVersion(db),
    pending: all.filter((v) => v.status === 'proposed'),
    history: [...all.filter((v) => v.status !== 'proposed'), DEFAULT_LIMITS_VERSION],
  };
}

const noProposal = (id: string) =>
  new AppError('not-found', `No pending limits proposal with id ${id}.`);

/**
 * A medical physicist proposes a complete set of limits with a reason. It changes nothing until
 * a radiation oncologist co-signs it; a newer proposal withdraws an older pending one.
 */
export async function proposeLimits(
  ctx: ServiceContext,
  body: unknown,
  actor: Actor,
): Promise<ProgramLimitsVersion> {
  const input = validate(proposalSchema, body, 'limits proposal');
  if (actor.id === null) throw new AppError('unauthenticated', 'Sign in to propose limits.');
  const proposer = actor.id;
  const id = randomUUID();
  return withAudit(
    ctx,
    async (trx) => {
      await serialize(trx, ctx.dialect, LOCKS.programLimits);
      await trx
        .updateTable('program_limits_versions')
        .set({ status: 'withdrawn' })
        .where('status', '=', 'proposed')
        .execute();
      await trx
        .insertInto('program_limits_versions')
        .values({
          id,
          seq: null,
          status: 'proposed',
          limits_json: JSON.stringify(input.limits),
          reason: input.reason,
          proposed_by: proposer,
          proposed_at: ctx.now().toISOString(),
          cosigned_by: null,
          cosigned_at: null,
          cosign_meaning: null,
        })
        .execute();
      const row = await selectLimitVersions(trx).where('l.id', '=', id).executeTakeFirstOrThrow();
      return { proposal: toLimitsVersion(row, null), current: await currentVersion(trx) };
    },
    ({ proposal, current }) => ({
      actor,
      action: 'program-limits.propose',
      outcome: 'success',
      recordType: 'program-limits',
      recordId: id,
      before: { version: current.version, limits: current.limits },
      after: { limits: proposal.limits, reason: proposal.reason },
    }),
  ).then(({ proposal }) => proposal);
}

/**
 * A radiation oncologist co-signs a pending proposal (password again, and the statement shown),
 * which puts it in force as the next version. Every attempt is audited; refused ones as
 * program-limits.cosign-failed with the reason.
 */
export async function cosignLimits(
  ctx: ServiceContext,
  proposalId: string,
  body: unknown,
  user: Signer,
  actor: Actor,
): Promise<ProgramLimitsVersion> {
  const request: { password?: string; meaning: string } =
    user.authSource === 'oidc'
      ? validate(ssoCosignSchema, body, 'co-signature')
      : validate(cosignSchema, body, 'co-signature');
  const target = { kind: 'limits-proposal', id: proposalId } as const;
  const failed = async (reason: string, error: AppError): Promise<never> => {
    await recordAudit(ctx, {
      actor,
      action: 'program-limits.cosign-failed',
      outcome: 'failure',
      recordType: 'program-limits',
      recordId: proposalId,
      detail: { reason },
    });
    throw error;
  };
  const proof = await checkSigner(ctx, user, request.password, target, 'co-sign');
  if (!proof.ok) return failed(proof.reason, proof.error);
  if (request.meaning !== LIMITS_COSIGN_MEANING)
    return failed(
      'meaning-mismatch',
      invalidFields('co-signature', [
        {
          path: 'meaning',
          message: `must be exactly the statement shown: "${LIMITS_COSIGN_MEANING}"`,
        },
      ]),
    );
  const change = await withAudit(
    ctx,
    async (trx) => {
      await serialize(trx, ctx.dialect, LOCKS.programLimits);
      const before = await currentVersion(trx);
      const seq = ((await currentSeq(trx)) ?? 0) + 1;
      const authTime = await spendReauthentication(ctx, trx, user, proof.method, target, 'co-sign');
      const updated = await trx
        .updateTable('program_limits_versions')
        .set({
          status: 'in-force',
          seq,
          cosigned_by: user.id,
          cosigned_at: ctx.now().toISOString(),
          cosign_meaning: request.meaning,
          cosign_auth_method: proof.method,
          cosign_auth_time: authTime,
        })
        .where('id', '=', proposalId)
        .where('status', '=', 'proposed')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw noProposal(proposalId);
      return { before, after: await currentVersion(trx) };
    },
    ({ before, after }) => ({
      actor,
      action: 'program-limits.cosign',
      outcome: 'success',
      recordType: 'program-limits',
      recordId: proposalId,
      before: { version: before.version, limits: before.limits },
      after: {
        version: after.version,
        limits: after.limits,
        reason: after.reason,
        authMethod: after.cosignAuthMethod,
        authTime: after.cosignAuthTime,
      },
    }),
  ).catch(async (error: unknown) => {
    if (error instanceof AppError && error.code === 'not-found')
      return failed('not-pending', error);
    if (error instanceof AppError && error.code === 'reauthentication-required')
      return failed('reauthentication-required', error);
    throw error;
  });
  return change.after;
}
