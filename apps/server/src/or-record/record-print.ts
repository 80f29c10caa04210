import type { SessionUser } from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { validate } from '../http/validate.ts';
import { reportQuerySchema, type PrintedReport } from '../reports/plan-report-service.ts';
import type { PaperSize } from '../reports/report-document.ts';
import { APP_VERSION } from '../version.ts';
import { renderTreatmentRecord } from './record-pdf.ts';
import type { RecordService } from './record-service.ts';

/**
 * Prints a session's treatment record (A4 or Letter). A print shows patient data, so it is
 * audited like a read, with the record's status and hash at the time.
 */
export async function printTreatmentRecord(
  ctx: ServiceContext,
  service: RecordService,
  sessionId: string,
  query: unknown,
  user: SessionUser,
  actor: Actor,
): Promise<PrintedReport> {
  const paper: PaperSize =
    validate(reportQuerySchema, query, 'record request').paper ?? ctx.config.reportPaper;
  let record;
  try {
    record = await service.record(sessionId, user);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found')
      await recordAudit(ctx, {
        actor,
        action: 'or-record.print',
        outcome: 'failure',
        recordType: 'or-session',
        recordId: sessionId,
        detail: { reason: 'not-found' },
      });
    throw error;
  }
  await recordAudit(ctx, {
    actor,
    action: 'or-record.print',
    outcome: 'success',
    recordType: 'or-session',
    recordId: sessionId,
    detail: {
      patientId: record.content.patient.id,
      status: record.status,
      contentHash: record.contentHash,
      paper,
    },
  });
  const pdf = await renderTreatmentRecord({
    hospitalName: ctx.config.hospitalName,
    appVersion: APP_VERSION,
    record,
    paper,
  });
  return { pdf, filename: `treatment-record-${sessionId}-${record.status}-${paper}.pdf` };
}
