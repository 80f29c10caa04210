import { randomUUID } from 'node:crypto';
import {
  SIGNATURE_KINDS,
  clinicalSignatureMeaning,
  isSigningRole,
  signatureMeaning,
  type SessionUser,
  type StoredPlan,
} from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import { checkSigner, spendReauthentication, type Signer } from '../auth/reauthenticate.ts';
import type { ServiceContext } from '../context.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields } from '../http/validate.ts';
import { isRefused } from './plan-compute.ts';
import { parseSignBody } from './plan-request.ts';
import { loadPlan, noPlan, staleVersion } from './plan-service.ts';

/** Why a signature is refused, checked in this order; undefined when it may be recorded. */
function refusal(plan: StoredPlan, user: SessionUser, meaning: string, version: number) {
  if (!isSigningRole(user.role)) {
    return {
      reason: 'role',
      error: new AppError('forbidden', `A ${user.role} does not sign plans.`),
    };
  }
  if (plan.version !== version) {
    return { reason: 'stale-version', error: staleVersion('reviewed', version, plan.version) };
  }
  if (isRefused(plan.output)) {
    return {
      reason: 'plan-refused',
      error: new AppError(
        'plan-refused',
        'The engine refused this plan; a refused plan cannot be signed. Edit the plan.',
      ),
    };
  }
  const expected = signatureMeaning(user.role, plan.demonstration);
  if (plan.demonstration && meaning === clinicalSignatureMeaning(user.role)) {
    return {
      reason: 'demonstration-model',
      error: new AppError(
        'demonstration-model',
        'This plan was made with a demonstration source model, not for clinical use; it cannot be approved for treatment. It can only be signed as a review that is not for clinical use.',
        { extra: { expectedMeaning: expected } },
      ),
    };
  }
  if (meaning !== expected) {
    return {
      reason: 'meaning-mismatch',
      error: invalidFields('signature', [
        {
          path: 'meaning',
          message: `must be exactly the statement shown for your role: "${expected}"`,
        },
      ]),
    };
  }
  return undefined;
}

/**
 * Records an electronic signature of one plan version: the signer re-enters the password (or, with
 * a single sign-on account, has just signed in again at the identity provider), and their name,
 * role, the time, how they were authenticated and the statement they confirmed are kept. The role decides the
 * kind (physicist: physics review; radiation oncologist: physician approval). Every attempt is
 * audited, refused ones as plan.sign-failed with the reason.
 */
export async function signPlan(
  ctx: ServiceContext,
  planId: string,
  body: unknown,
  user: Signer,
  actor: Actor,
): Promise<StoredPlan> {
  const request = parseSignBody(body, user.authSource);
  const failed = async (reason: string, error: AppError): Promise<never> => {
    await recordAudit(ctx, {
      actor,
      action: 'plan.sign-failed',
      outcome: 'failure',
      recordType: 'plan',
      recordId: planId,
      detail: { reason, version: request.version },
    });
    throw error;
  };
  const target = { kind: 'plan', id: planId } as const;
  const proof = await checkSigner(ctx, user, request.password, target, 'sign');
  if (!proof.ok) return failed(proof.reason, proof.error);
  const plan = await loadPlan(ctx.db, planId);
  if (plan === undefined) return failed('not-found', noPlan(planId));
  const refused = refusal(plan, user, request.meaning, request.version);
  if (refused !== undefined) return failed(refused.reason, refused.error);
  const role = user.role as keyof typeof SIGNATURE_KINDS;
  const signature = {
    id: randomUUID(),
    plan_id: planId,
    plan_version: request.version,
    user_id: user.id,
    user_name: user.displayName,
    role,
    meaning: request.meaning,
    signed_at: ctx.now().toISOString(),
    auth_method: proof.method,
    auth_time: null as string | null,
  };
  try {
    return await withAudit(
      ctx,
      async (trx) => {
        // The plan must still be at the version signed when the signature is written.
        const current = await trx
          .updateTable('plans')
          .set({ version: request.version })
          .where('id', '=', planId)
          .where('version', '=', request.version)
          .executeTakeFirst();
        if (Number(current.numUpdatedRows) !== 1) {
          throw staleVersion('reviewed', request.version, request.version + 1);
        }
        signature.auth_time = await spendReauthentication(
          ctx,
          trx,
          user,
          proof.method,
          target,
          'sign',
        );
        await trx.insertInto('plan_signatures').values(signature).execute();
        const signed = await loadPlan(trx, planId);
        if (signed === undefined) throw noPlan(planId);
        return signed;
      },
      (signed) => ({
        actor,
        action: 'plan.sign',
        outcome: 'success',
        recordType: 'plan',
        recordId: planId,
        after: {
          signatureId: signature.id,
          patientId: signed.patientId,
          planVersion: signature.plan_version,
          userName: signature.user_name,
          role,
          kind: SIGNATURE_KINDS[role],
          meaning: signature.meaning,
          signedAt: signature.signed_at,
          authMethod: signature.auth_method,
          authTime: signature.auth_time,
        },
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      return failed(
        'already-signed',
        new AppError(
          'conflict',
          `You already signed version ${String(request.version)} of this plan.`,
        ),
      );
    }
    if (error instanceof AppError && error.code === 'version-conflict')
      return failed('stale-version', error);
    if (error instanceof AppError && error.code === 'reauthentication-required')
      return failed('reauthentication-required', error);
    throw error;
  }
}
