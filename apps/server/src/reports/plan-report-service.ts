import { z } from 'zod';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { loadPlan, noPlan } from '../dosimetry/plan-service.ts';
import { findSourceModel } from '../dosimetry/source-model-store.ts';
import { validate } from '../http/validate.ts';
import { toPatient } from '../patients/patient-rows.ts';
import { APP_VERSION } from '../version.ts';
import { renderPlanReport } from './plan-report.ts';
import { PAPER_SIZES, type PaperSize } from './report-document.ts';

/** ?paper=a4|letter; without it, the program's setting (OPENIORT_REPORT_PAPER). */
export const reportQuerySchema = z.strictObject({
  paper: z.enum(PAPER_SIZES, { error: 'must be a4 or letter' }).optional(),
});

export interface PrintedReport {
  pdf: Buffer;
  filename: string;
}

/**
 * Prints the plan report of the plan's current version. Printing shows patient data, so it is
 * audited like a read (plan.print, under the plan, with the patient and version printed).
 */
export async function printPlanReport(
  ctx: ServiceContext,
  planId: string,
  query: unknown,
  actor: Actor,
): Promise<PrintedReport> {
  const paper: PaperSize =
    validate(reportQuerySchema, query, 'report request').paper ?? ctx.config.reportPaper;
  const plan = await loadPlan(ctx.db, planId);
  const patientRow =
    plan === undefined
      ? undefined
      : await ctx.db
          .selectFrom('patients')
          .selectAll()
          .where('id', '=', plan.patientId)
          .executeTakeFirst();
  await recordAudit(ctx, {
    actor,
    action: 'plan.print',
    outcome: plan === undefined || patientRow === undefined ? 'failure' : 'success',
    recordType: 'plan',
    recordId: planId,
    detail:
      plan === undefined || patientRow === undefined
        ? { reason: 'not-found' }
        : { patientId: plan.patientId, version: plan.version, paper },
  });
  if (plan === undefined || patientRow === undefined) throw noPlan(planId);
  const pdf = await renderPlanReport({
    hospitalName: ctx.config.hospitalName,
    appVersion: APP_VERSION,
    patient: toPatient(patientRow),
    plan,
    model: await findSourceModel(ctx.db, plan.sourceModelId),
    paper,
  });
  return { pdf, filename: `plan-report-${planId}-v${String(plan.version)}-${paper}.pdf` };
}
