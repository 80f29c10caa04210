import { DIRECTIVE_SIGN_MEANING, directiveSignSchema, type CaseView } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { checkSigner, spendReauthentication, type Signer } from '../auth/reauthenticate.ts';
import type { ServiceContext } from '../context.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields, validate } from '../http/validate.ts';
import { staleRecord } from './case-errors.ts';
import { mutateCase } from './case-mutation.ts';

/**
 * Signs a version of the case's written directive, which is a signature like a plan's: the
 * radiation oncologist re-enters the password or, with a single sign-on account, has just signed in
 * again at the identity provider for this case (auth/reauthenticate.ts), and confirms the statement.
 * How they were authenticated is kept on the version.
 * The first version locks the directive; each later one is a new signed version with a reason.
 * Every failed attempt is audited as case.directive-sign-failed.
 */
export async function signDirective(
  ctx: ServiceContext,
  caseId: string,
  body: unknown,
  user: Signer,
  actor: Actor,
): Promise<CaseView> {
  const request = validate(directiveSignSchema, body, 'written directive');
  const failed = async (reason: string, error: AppError): Promise<never> => {
    await recordAudit(ctx, {
      actor,
      action: 'case.directive-sign-failed',
      outcome: 'failure',
      recordType: 'case',
      recordId: caseId,
      detail: { reason, version: request.version },
    });
    throw error;
  };
  const target = { kind: 'case-directive', id: caseId } as const;
  const proof = await checkSigner(ctx, user, request.password, target, 'sign');
  if (!proof.ok) return failed(proof.reason, proof.error);
  if (request.meaning !== DIRECTIVE_SIGN_MEANING)
    return failed(
      'meaning-mismatch',
      invalidFields('written directive', [
        {
          path: 'meaning',
          message: `must be exactly the statement shown: "${DIRECTIVE_SIGN_MEANING}"`,
        },
      ]),
    );
  try {
    return await mutateCase(ctx, caseId, actor, {
      action: () => ({ kind: 'directive', hasReason: request.reason !== null }),
      audit: 'case.directive-sign',
      apply: async (trx, parts, now) => {
        const current = parts.directives.length;
        if (request.version !== current)
          throw staleRecord('written directive', request.version, current);
        if (request.directive.laterality !== parts.row.laterality)
          throw invalidFields('written directive', [
            {
              path: 'directive.laterality',
              message: `must be the case's breast (${parts.row.laterality})`,
            },
          ]);
        const version = current + 1;
        const authTime = await spendReauthentication(ctx, trx, user, proof.method, target, 'sign');
        await trx
          .insertInto('case_directive_versions')
          .values({
            case_id: caseId,
            version,
            directive_json: JSON.stringify(request.directive),
            reason: request.reason,
            meaning: request.meaning,
            signed_at: now,
            signed_by: user.id,
            auth_method: proof.method,
            auth_time: authTime,
          })
          .execute();
        return {
          detail: {
            directiveVersion: version,
            signerName: user.displayName,
            authMethod: proof.method,
            authTime,
          },
          before:
            parts.directives[0] === undefined
              ? undefined
              : JSON.parse(parts.directives[0].directive_json),
          after: {
            ...request.directive,
            reason: request.reason,
            meaning: request.meaning,
            version,
          },
        };
      },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return failed(
        'stale-version',
        staleRecord('written directive', request.version, request.version + 1),
      );
    if (error instanceof AppError && error.code !== 'step-refused')
      return failed(error.code, error);
    throw error;
  }
}
