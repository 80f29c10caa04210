import { createHash } from 'node:crypto';
import {
  CONSENT_SCAN_MAX_BYTES,
  consentScanUploadSchema,
  type CaseView,
  type ConsentScanType,
} from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { validate } from '../http/validate.ts';
import { mutateCase } from './case-mutation.ts';
import { decodeBase64, detectScanType, safeScanName } from './consent-scan-file.ts';

/**
 * Stores the scanned consent form of a case (PDF, PNG or JPEG by its first bytes, at most
 * 10 MB) in the database, replacing an earlier one; the audit row keeps its checksum.
 */
export async function uploadConsentScan(
  ctx: ServiceContext,
  caseId: string,
  body: unknown,
  actor: Actor,
): Promise<CaseView> {
  const upload = validate(consentScanUploadSchema, body, 'consent scan');
  const data = decodeBase64(upload.dataBase64);
  if (data.byteLength > CONSENT_SCAN_MAX_BYTES)
    throw new AppError('payload-too-large', 'The scan is larger than 10 MB. Nothing was stored.', {
      errors: [{ path: 'dataBase64', message: 'must decode to at most 10 MB' }],
    });
  const type = detectScanType(data);
  if (type === undefined)
    throw new AppError(
      'unsupported-media-type',
      'The file is not a PDF, PNG or JPEG (judged by its content, not its name). Nothing was stored.',
      { errors: [{ path: 'dataBase64', message: 'must be a PDF, PNG or JPEG file' }] },
    );
  const fileName = safeScanName(upload.fileName, type);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return mutateCase(ctx, caseId, actor, {
    action: () => ({ kind: 'save', step: 'consent' }),
    audit: 'case.consent-scan-upload',
    apply: async (trx, parts, now) => {
      const row = {
        file_name: fileName,
        content_type: type,
        size_bytes: data.byteLength,
        sha256,
        data,
        uploaded_at: now,
        uploaded_by: actor.id ?? '',
      };
      await trx.deleteFrom('case_consent_scans').where('case_id', '=', caseId).execute();
      await trx
        .insertInto('case_consent_scans')
        .values({ case_id: caseId, ...row })
        .execute();
      return {
        before:
          parts.scan === undefined
            ? undefined
            : { fileName: parts.scan.file_name, sha256: parts.scan.sha256 },
        after: { fileName, contentType: type, sizeBytes: data.byteLength, sha256 },
      };
    },
  });
}

export interface ScanFile {
  fileName: string;
  contentType: ConsentScanType;
  data: Buffer;
}

/** The stored scan's bytes, audited as a read of the case's consent form. */
export async function readConsentScan(
  ctx: ServiceContext,
  caseId: string,
  actor: Actor,
): Promise<ScanFile> {
  const row = await ctx.db
    .selectFrom('case_consent_scans')
    .select(['file_name', 'content_type', 'data', 'sha256'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  await recordAudit(ctx, {
    actor,
    action: 'case.consent-scan-read',
    outcome: row === undefined ? 'failure' : 'success',
    recordType: 'case',
    recordId: caseId,
    detail: row === undefined ? { reason: 'not-found' } : { sha256: row.sha256 },
  });
  if (row === undefined)
    throw new AppError('not-found', `No consent scan is stored for case ${caseId}.`);
  return {
    fileName: row.file_name,
    contentType: row.content_type as ConsentScanType,
    data: Buffer.from(row.data),
  };
}
