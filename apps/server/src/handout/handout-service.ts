import { LANGUAGES } from '@openiort/contract';
import { z } from 'zod';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import { toStoredEvaluation } from '../candidacy/evaluation-rows.ts';
import { selectEvaluations } from '../candidacy/evaluation-service.ts';
import { currentProgramCriteria } from '../candidacy/program-criteria-service.ts';
import type { ServiceContext } from '../context.ts';
import { validate } from '../http/validate.ts';
import { noPatient } from '../patients/patient-records.ts';
import { toPatient } from '../patients/patient-rows.ts';
import { PAPER_SIZES } from '../reports/report-document.ts';
import { handoutRelease, renderHandout } from './handout-document.ts';

/** ?lang=xx&paper=a4|letter; without them, the patient's language and the program's paper. */
export const handoutQuerySchema = z.strictObject({
  lang: z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }).optional(),
  paper: z.enum(PAPER_SIZES, { error: 'must be a4 or letter' }).optional(),
});

export interface PrintedHandout {
  pdf: Buffer;
  filename: string;
}

/**
 * Prints a patient's handout. It shows her name and candidacy, so printing is audited
 * (patient.handout-print, with the language, paper and content version printed); a request for
 * an unknown patient is audited as a failure and answered 404.
 */
export async function printHandout(
  ctx: ServiceContext,
  patientId: string,
  query: unknown,
  actor: Actor,
): Promise<PrintedHandout> {
  const asked = validate(handoutQuerySchema, query, 'handout request');
  const row = await ctx.db
    .selectFrom('patients')
    .selectAll()
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (row === undefined) {
    await recordAudit(ctx, {
      actor,
      action: 'patient.handout-print',
      outcome: 'failure',
      recordType: 'patient',
      recordId: patientId,
      detail: { reason: 'not-found' },
    });
    throw noPatient(patientId);
  }
  const patient = toPatient(row);
  const language = asked.lang ?? patient.preferredLanguage;
  const paper = asked.paper ?? ctx.config.reportPaper;
  const newest = await selectEvaluations(ctx.db)
    .where('e.patient_id', '=', patientId)
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const criteria = await currentProgramCriteria(ctx.db);
  const evaluation = newest === undefined ? null : toStoredEvaluation(newest);
  const { release } = handoutRelease(language);
  await recordAudit(ctx, {
    actor,
    action: 'patient.handout-print',
    outcome: 'success',
    recordType: 'patient',
    recordId: patientId,
    detail: {
      language,
      paper,
      contentVersion: release.version,
      reviewStatus: release.status,
      evaluationId: evaluation?.id ?? null,
    },
  });
  const pdf = await renderHandout({
    language,
    paper,
    patient,
    evaluation,
    criteria: criteria.criteria,
    hospitalName: ctx.config.hospitalName,
    programContact: ctx.config.programContact,
    printedAt: ctx.now(),
  });
  return { pdf, filename: `handout-${patientId}-${language}-${paper}.pdf` };
}
