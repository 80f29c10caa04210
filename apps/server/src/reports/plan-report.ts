import type { Patient, StoredPlan } from '@openiort/contract';
import type { ResolvedModel } from '../dosimetry/source-model-store.ts';
import { drawDvhFigure } from './dvh-figure.ts';
import { drawIsodoseFigure } from './isodose-figure.ts';
import {
  calculationSection,
  doseSection,
  dwellSection,
  patientSection,
  prescriptionSection,
  refusalSection,
  secondCheckSection,
  signatureSection,
  sourceSection,
} from './plan-report-sections.ts';
import { finishReport, openReport, type PaperSize } from './report-document.ts';
import { utcMinute } from './report-format.ts';
import { drawFacts } from './report-table.ts';
import { heading, paragraph } from './report-text.ts';

export interface PlanReportInput {
  hospitalName: string;
  appVersion: string;
  patient: Patient;
  plan: StoredPlan;
  /** The plan's source model; undefined only if it can no longer be found (then no figure). */
  model: ResolvedModel | undefined;
  paper: PaperSize;
}

/** Why the report carries the demonstration label, or null when it does not. */
export function demonstrationText(plan: StoredPlan, patient: Patient): string | null {
  const why = [
    ...(plan.demonstration ? ['made with a demonstration source model'] : []),
    ...(patient.isDemo ? ['demonstration patient'] : []),
  ];
  return why.length === 0 ? null : `DEMONSTRATION — ${why.join('; ')} — not for clinical use`;
}

/** The record's own latest time: the version's save or its latest signature. */
function recordTime(plan: StoredPlan): Date {
  const times = [plan.updatedAt, ...plan.signatures.map((s) => s.signedAt)].sort();
  return new Date(times.at(-1) ?? plan.updatedAt);
}

/**
 * The plan report, with what AAPM MPPG 11.a (Table 12, interop.md §5.1) lists for a
 * brachytherapy plan. Everything printed comes from the stored plan, its patient and its model,
 * and the metadata time is the record's own, so every instance prints the same bytes.
 */
export function renderPlanReport(input: PlanReportInput): Promise<Buffer> {
  const { plan, patient } = input;
  const w = openReport({
    title: 'Brachytherapy plan report — breast IORT',
    subject: `Plan ${plan.id} version ${String(plan.version)}`,
    recordAt: recordTime(plan),
    paper: input.paper,
    headerLeft: input.hospitalName,
    headerRight: `${patient.familyName}, ${patient.givenName} · MRN ${patient.mrn}`,
    footerLeft: `Plan ${plan.id} · version ${String(plan.version)} · OpenIORT ${input.appVersion}`,
    demonstrationText: demonstrationText(plan, patient),
  });
  w.doc
    .font('bold')
    .fontSize(16)
    .text('Brachytherapy plan report', w.left, w.doc.y, { width: w.width });
  w.doc.moveDown(0.3);
  drawFacts(w, [
    ['Hospital', input.hospitalName],
    ['Plan', `${plan.id}, version ${String(plan.version)}`],
    ['Saved', `${utcMinute(plan.updatedAt)} by ${plan.updatedBy.displayName}`],
    [
      'Treatment unit',
      'Miniature 50 kV X-ray source in a balloon applicator (electronic brachytherapy)',
    ],
    ['Date of service', 'Recorded with the operating-room session (not part of the plan)'],
  ]);
  refusalSection(w, plan);
  patientSection(w, patient);
  prescriptionSection(w, plan);
  sourceSection(w, plan, input.model);
  dwellSection(w, plan);
  const { output } = plan;
  if (output.status === 'ok') {
    doseSection(w, output);
    heading(w, 'Isodose lines', 280);
    if (input.model === undefined)
      paragraph(w, 'The source model is no longer available: no figure.');
    else
      drawIsodoseFigure(w, {
        model: input.model.model,
        airKermaStrengthU: output.airKermaStrengthU,
        dwells: output.dwells,
        balloonRadiusCm: output.balloonRadiusCm,
        skinDistanceCm: plan.input.skinDistanceCm,
        prescriptionGy: plan.input.prescription.doseGy,
      });
    heading(w, 'Dose–volume histogram', 200);
    if (output.dvh === null) paragraph(w, 'No DVH was computed for this plan.');
    else {
      drawDvhFigure(w, output.dvh, plan.input.prescription.doseGy);
      paragraph(
        w,
        `V90 ${output.dvh.v90.toFixed(1)} % · V100 ${output.dvh.v100.toFixed(1)} % · V150 ${output.dvh.v150.toFixed(1)} % · V200 ${output.dvh.v200.toFixed(1)} % of PTV_EVAL.`,
      );
    }
    secondCheckSection(w, output);
  }
  calculationSection(w, plan, input.appVersion);
  signatureSection(w, plan);
  return finishReport(w);
}
