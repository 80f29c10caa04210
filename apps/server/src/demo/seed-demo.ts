import type { Actor } from '../audit/audit-event.ts';
import type { ServiceContext } from '../context.ts';
import { createPatient } from '../patients/patient-service.ts';
import { DEMO_PATIENTS } from './demo-patients.ts';

export interface DemoSeedReport {
  added: string[];
  alreadyPresent: string[];
}

/** Adds the demonstration patients that are not there yet (by MRN); running it twice adds nothing. */
export async function seedDemoPatients(ctx: ServiceContext, actor: Actor): Promise<DemoSeedReport> {
  const report: DemoSeedReport = { added: [], alreadyPresent: [] };
  for (const patient of DEMO_PATIENTS) {
    const existing = await ctx.db
      .selectFrom('patients')
      .select('id')
      .where('mrn', '=', patient.mrn)
      .executeTakeFirst();
    if (existing !== undefined) {
      report.alreadyPresent.push(patient.mrn);
      continue;
    }
    await createPatient(ctx, patient, actor, { isDemo: true });
    report.added.push(patient.mrn);
  }
  return report;
}
