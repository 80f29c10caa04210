import {
  isSigningRole,
  recordAddendumRequestSchema,
  recordSignatureMeaning,
  recordSignRequestSchema,
  RECORD_SIGNATURE_KINDS,
  type OrSessionState,
  type SessionUser,
  type TreatmentRecordDto,
} from '@openiort/contract';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit, withAudit } from '../audit/audit-service.ts';
import { checkSigner, spendReauthentication, type Signer } from '../auth/reauthenticate.ts';
import type { ServiceContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../http/app-error.ts';
import { invalidFields, validate } from '../http/validate.ts';
import type { LiveBus } from '../live/live-bus.ts';
import type { OrSessionService } from '../or-session/or-session-service.ts';
import { loadSessionChecks } from '../or-checks/or-checks-rows.ts';
import { appendToSession, nextSessionSeq } from '../or-session/append-only.ts';
import { requireSession } from '../or-session/or-session-rows.ts';
import { notifyRoom } from '../or-session/or-session-service.ts';
import {
  loadMeasurements,
  loadReconciliation,
} from '../or-reconciliation/or-reconciliation-rows.ts';
import {
  deliveredPlan,
  isRecordLocked,
  loadAddenda,
  loadPatient,
  loadRecordSignatures,
} from './record-rows.ts';
import {
  buildRecordContent,
  contentHash,
  recordMissing,
  type RecordSources,
} from './treatment-record.ts';

export interface RecordServiceDeps {
  ctx: ServiceContext;
  sessions: OrSessionService;
  bus: LiveBus;
}

/**
 * The treatment record of an OR session: computed from the session's own tables, signed by the
 * radiation oncologist ("approval of delivery") and the physicist ("physics review") with the
 * meaning and a hash of the content they saw, locked from the first signature, and corrected
 * afterwards only by dated addenda (operating-room.md §1.3).
 */
export function createRecordService({ ctx, sessions, bus }: RecordServiceDeps) {
  /**
   * The state is read first, outside any transaction (a finished delivery takes no more events);
   * the rest with `db`, which inside a signature is its transaction.
   */
  const sources = async (
    db: Kysely<Database>,
    sessionId: string,
    state: OrSessionState,
  ): Promise<RecordSources> => {
    const checks = await loadSessionChecks(db, sessionId);
    return {
      state,
      plan: await deliveredPlan(db, state.planId, state.planVersion),
      patient: await loadPatient(db, state.patientId),
      ...checks,
      reconciliation: await loadReconciliation(db, sessionId),
      measurements: await loadMeasurements(db, sessionId),
    };
  };

  const record = async (sessionId: string, user: SessionUser): Promise<TreatmentRecordDto> => {
    const src = await sources(ctx.db, sessionId, await sessions.replayedState(sessionId));
    const content = buildRecordContent(src);
    const hash = contentHash(content);
    const signatures = await loadRecordSignatures(ctx.db, sessionId);
    const missing = recordMissing(content);
    const signedRoles = new Set(signatures.map((s) => s.role));
    const role = user.role;
    const mayYouSign = isSigningRole(role) && !signedRoles.has(role) && missing.length === 0;
    return {
      content,
      contentHash: hash,
      missing,
      status:
        signatures.length === 0 ? 'draft' : signatures.length === 1 ? 'partly-signed' : 'signed',
      locked: signatures.length > 0,
      changedAfterSigning: signatures.some((s) => s.contentHash !== hash),
      signatures,
      meaningForYou: mayYouSign ? recordSignatureMeaning(role, content.demonstration) : null,
      addenda: await loadAddenda(ctx.db, sessionId),
    };
  };

  return {
    record,

    isLocked: (sessionId: string) => isRecordLocked(ctx.db, sessionId),

    async sign(sessionId: string, body: unknown, signer: Signer, actor: Actor) {
      const request = validate(recordSignRequestSchema, body, 'signature');
      const failed = async (reason: string, error: AppError): Promise<never> => {
        await recordAudit(ctx, {
          actor,
          action: 'or-record.sign-failed',
          outcome: 'failure',
          recordType: 'or-session',
          recordId: sessionId,
          detail: { reason },
        });
        throw error;
      };
      const target = { kind: 'treatment-record', id: sessionId } as const;
      const proof = await checkSigner(ctx, signer, request.password, target, 'sign');
      if (!proof.ok) return failed(proof.reason, proof.error);
      if (!isSigningRole(signer.role))
        return failed(
          'role',
          new AppError('forbidden', `A ${signer.role} does not sign treatment records.`),
        );
      const role = signer.role;
      const state = await sessions.replayedState(sessionId);
      try {
        await withAudit(
          ctx,
          async (trx) => {
            // One signature at a time per session, so both signers sign the same content.
            if (ctx.dialect === 'postgres')
              await trx
                .selectFrom('or_sessions')
                .select('id')
                .where('id', '=', sessionId)
                .forUpdate()
                .execute();
            const src = await sources(trx, sessionId, state);
            const content = buildRecordContent(src);
            const missing = recordMissing(content);
            if (missing.length > 0)
              throw new AppError(
                'conflict',
                `The treatment record cannot be signed yet: ${missing.join(' ')}`,
                { extra: { missing } },
              );
            const hash = contentHash(content);
            if (hash !== request.contentHash)
              throw new AppError(
                'version-conflict',
                'The treatment record changed since you loaded it. Nothing was signed; review it again.',
                { extra: { contentHash: hash } },
              );
            const expected = recordSignatureMeaning(role, content.demonstration);
            if (request.meaning !== expected)
              throw invalidFields('signature', [
                {
                  path: 'meaning',
                  message: `must be exactly the statement shown for your role: "${expected}"`,
                },
              ]);
            const authTime = await spendReauthentication(
              ctx,
              trx,
              signer,
              proof.method,
              target,
              'sign',
            );
            const signedAt = ctx.now().toISOString();
            await trx
              .insertInto('or_record_signatures')
              .values({
                session_id: sessionId,
                role,
                user_id: signer.id,
                user_name: signer.displayName,
                meaning: request.meaning,
                content_hash: hash,
                signed_at: signedAt,
                auth_method: proof.method,
                auth_time: authTime,
              })
              .execute();
            return {
              hash,
              signedAt,
              authTime,
              patientId: src.state.patientId,
              caseId: src.state.caseId,
            };
          },
          (s) => ({
            actor,
            action: 'or-record.sign',
            outcome: 'success',
            recordType: 'or-session',
            recordId: sessionId,
            after: {
              role,
              kind: RECORD_SIGNATURE_KINDS[role],
              userName: signer.displayName,
              meaning: request.meaning,
              contentHash: s.hash,
              signedAt: s.signedAt,
              authMethod: proof.method,
              authTime: s.authTime,
              patientId: s.patientId,
              caseId: s.caseId,
            },
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error))
          return failed(
            'already-signed',
            new AppError(
              'conflict',
              `The ${RECORD_SIGNATURE_KINDS[role]} of this record is already signed.`,
            ),
          );
        if (error instanceof AppError) return failed(error.code, error);
        throw error;
      }
      await notifyRoom(bus, sessionId);
      return record(sessionId, signer);
    },

    async addendum(sessionId: string, body: unknown, user: SessionUser, actor: Actor) {
      const request = validate(recordAddendumRequestSchema, body, 'addendum');
      await requireSession(ctx.db, sessionId);
      if (!(await isRecordLocked(ctx.db, sessionId)))
        throw new AppError(
          'conflict',
          'The treatment record is not signed yet: correct the record itself. Addenda are for a signed record.',
        );
      const addedAt = ctx.now().toISOString();
      await appendToSession('addendum', () =>
        withAudit(
          ctx,
          async (trx) => {
            const seq = await nextSessionSeq(trx, 'or_record_addenda', sessionId);
            await trx
              .insertInto('or_record_addenda')
              .values({
                session_id: sessionId,
                seq,
                text: request.text,
                author_id: user.id,
                author_name: user.displayName,
                author_role: user.role,
                added_at: addedAt,
              })
              .execute();
            return seq;
          },
          (seq) => ({
            actor,
            action: 'or-record.addendum',
            outcome: 'success',
            recordType: 'or-session',
            recordId: sessionId,
            after: { seq, text: request.text, addedAt },
          }),
        ),
      );
      await notifyRoom(bus, sessionId);
      return record(sessionId, user);
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
