import type { Patient, PlanOutputOk, StoredPlan } from '@openiort/contract';
import { fixed, seconds, signatureMethodText, utcMinute } from './report-format.ts';
import type { ReportWriter } from './report-document.ts';
import { drawFacts, drawTable } from './report-table.ts';
import { heading, notice, paragraph } from './report-text.ts';
import type { ResolvedModel } from '../dosimetry/source-model-store.ts';

export function patientSection(w: ReportWriter, patient: Patient): void {
  heading(w, 'Patient');
  drawFacts(w, [
    ['Name', `${patient.familyName}, ${patient.givenName}`],
    ['MRN', patient.mrn],
    ['Date of birth', patient.birthDate],
    ['Sex', patient.sex],
    ...(patient.isDemo ? ([['Record', 'Demonstration patient (invented)']] as const) : []),
  ]);
}

export function prescriptionSection(w: ReportWriter, plan: StoredPlan): void {
  const { prescription, applicator } = plan.input;
  heading(w, 'Prescription and applicator');
  const to =
    prescription.to === 'surface'
      ? 'the balloon surface'
      : `${fixed(prescription.depthCm, 2)} cm beyond the balloon surface`;
  drawFacts(w, [
    ['Prescription', `${fixed(prescription.doseGy, 2)} Gy in 1 fraction, prescribed to ${to}`],
    [
      'Target',
      'Lumpectomy cavity wall around the balloon (site and side are recorded with the case)',
    ],
    [
      'Applicator',
      `Balloon, ${fixed(applicator.fillVolumeCc, 1)} cc fill, radius ${fixed(plan.output.balloonRadiusCm, 2)} cm`,
    ],
    ['Skin distance', `${fixed(plan.input.skinDistanceCm, 2)} cm from the balloon surface`],
    [
      'Chest-wall distance',
      plan.input.chestWallDistanceCm === undefined
        ? 'not entered'
        : `${fixed(plan.input.chestWallDistanceCm, 2)} cm`,
    ],
    ...(plan.skinDistanceOverride === null
      ? []
      : ([
          [
            'Skin-distance override',
            `${plan.skinDistanceOverride.reason} — ${plan.skinDistanceOverride.by.displayName}, ${utcMinute(plan.skinDistanceOverride.at)}`,
          ],
        ] as const)),
  ]);
}

export function sourceSection(
  w: ReportWriter,
  plan: StoredPlan,
  model: ResolvedModel | undefined,
): void {
  heading(w, 'Source and calibration');
  const measured = plan.output.strengthSource === 'measured';
  drawFacts(w, [
    [
      'Source model',
      model === undefined ? plan.sourceModelId : `${model.model.name} (${plan.sourceModelId})`,
    ],
    [
      'Model kind',
      model === undefined
        ? 'model no longer available'
        : `${model.model.kind}, ${model.model.geometry} source, ${model.origin}`,
    ],
    [
      'Clinical use',
      plan.demonstration
        ? 'No — demonstration data, not for clinical use'
        : 'Yes (model cleared for clinical use)',
    ],
    ['Air-kerma strength', `${fixed(plan.output.airKermaStrengthU, 1)} U (cGy cm² h⁻¹)`],
    [
      'Strength source',
      measured
        ? `Measured by the output check, entered with plan version ${String(plan.version)} on ${utcMinute(plan.updatedAt)} by ${plan.updatedBy.displayName}`
        : 'Nominal strength of the model: no measured strength was entered with this plan version',
    ],
  ]);
}

export function dwellSection(w: ReportWriter, plan: StoredPlan): void {
  const { output } = plan;
  heading(w, 'Dwell positions and times', 80);
  paragraph(
    w,
    `One channel: the balloon's central catheter. Positions are along the catheter from the balloon centre (z, cm); dwell step ${fixed(output.dwellStepCm, 2)} cm.`,
  );
  drawTable(
    w,
    [
      { header: 'Dwell', share: 0.14, align: 'right' },
      { header: 'Position z (cm)', share: 0.3, align: 'right' },
      { header: 'Time (s)', share: 0.28, align: 'right' },
      { header: 'Share of total', share: 0.28, align: 'right' },
    ],
    output.dwells.map((d, i) => [
      String(i + 1),
      fixed(d.positionCm[2], 2),
      fixed(d.timeS, 1),
      output.totalTimeS > 0 ? `${fixed((100 * d.timeS) / output.totalTimeS, 1)} %` : '—',
    ]),
  );
  paragraph(w, `Total treatment time: ${seconds(output.totalTimeS)}`, { bold: true });
}

export function doseSection(w: ReportWriter, output: PlanOutputOk): void {
  heading(w, 'Doses');
  drawFacts(w, [
    [
      'Balloon surface',
      `min ${fixed(output.surfaceDoseGy.min, 2)} · mean ${fixed(output.surfaceDoseGy.mean, 2)} · max ${fixed(output.surfaceDoseGy.max, 2)} Gy`,
    ],
    ...output.depthDoseGy.map(
      (d) =>
        [
          `${fixed(d.depthCm, 1)} cm beyond the surface`,
          `min ${fixed(d.min, 2)} · mean ${fixed(d.mean, 2)} · max ${fixed(d.max, 2)} Gy`,
        ] as const,
    ),
    ['Skin (maximum)', `${fixed(output.skinDoseGy, 2)} Gy`],
    [
      'Chest wall (maximum)',
      output.chestWallDoseGy === null
        ? 'not computed (no distance entered)'
        : `${fixed(output.chestWallDoseGy, 2)} Gy`,
    ],
    ['Surface uniformity (min / max)', fixed(output.surfaceUniformity, 3)],
  ]);
  for (const warning of output.validityWarnings ?? []) paragraph(w, `Validity: ${warning.message}`);
}

export function calculationSection(w: ReportWriter, plan: StoredPlan, appVersion: string): void {
  heading(w, 'Calculation');
  const limits = plan.output.limits;
  drawFacts(
    w,
    [
      [
        'Method',
        'AAPM TG-43 formalism (TG-43U1), dose to water; no tissue-heterogeneity correction',
      ],
      ['Planning system', `OpenIORT ${appVersion}`],
      ['Dose engine version', plan.engineVersion],
      ['Model checksum (sha256)', plan.sourceModelChecksum],
      ['Program limits version', plan.limitsVersion],
      [
        'Limits applied',
        `skin minimum ${fixed(limits.minSkinDistanceCm, 2)} cm, warning below ${fixed(limits.warnSkinDistanceCm, 2)} cm; second check ±${fixed(limits.secondCheckTolerancePercent, 1)} %; measured strength within ±${fixed(limits.strengthTolerancePercent, 0)} % of nominal`,
      ],
    ],
    0.24,
  );
  for (const warning of plan.output.warnings) paragraph(w, `Note: ${warning}`);
}

export function secondCheckSection(w: ReportWriter, output: PlanOutputOk): void {
  const check = output.secondCheck;
  heading(w, 'Independent second check');
  drawFacts(w, [
    [
      'Method',
      'Separate plain TG-43 sum over the dwell table, on its own sphere sampling (no engine code)',
    ],
    [
      'Surface mean (check)',
      `${fixed(check.surfaceMeanGy, 2)} Gy (plan ${fixed(output.surfaceDoseGy.mean, 2)} Gy)`,
    ],
    [
      'Skin dose (check)',
      `${fixed(check.skinDoseGy, 2)} Gy (plan ${fixed(output.skinDoseGy, 2)} Gy)`,
    ],
    [
      'Largest difference',
      `${fixed(check.deviationPercent, 2)} % (tolerance ±${fixed(check.tolerancePercent, 1)} %)`,
    ],
    [
      'Result',
      check.withinTolerance
        ? 'Within tolerance'
        : 'OUTSIDE TOLERANCE — investigate before treatment',
    ],
  ]);
}

export function signatureSection(w: ReportWriter, plan: StoredPlan): void {
  heading(w, 'Signatures');
  const roles = new Set(plan.signatures.map((s) => s.role));
  const both = roles.has('medical-physicist') && roles.has('radiation-oncologist');
  if (plan.signatures.length === 0)
    paragraph(w, `Version ${String(plan.version)} is not signed.`, { bold: true });
  else
    paragraph(
      w,
      both
        ? `Version ${String(plan.version)} is signed by a medical physicist and a radiation oncologist.`
        : `Version ${String(plan.version)} still needs the ${roles.has('medical-physicist') ? 'radiation oncologist' : 'medical physicist'}'s signature.`,
      { bold: true },
    );
  const rows = [...plan.signatures, ...plan.formerSignatures].map((s) => [
    s.userName,
    `${s.role} (${s.kind})`,
    s.planVersion === plan.version
      ? s.meaning
      : `No longer valid (signed version ${String(s.planVersion)}). ${s.meaning}`,
    utcMinute(s.signedAt),
    signatureMethodText(s.authMethod),
  ]);
  if (rows.length > 0)
    drawTable(
      w,
      [
        { header: 'Signed by', share: 0.16 },
        { header: 'Role', share: 0.17 },
        { header: 'Meaning confirmed', share: 0.35 },
        { header: 'Time', share: 0.13 },
        { header: 'Method', share: 0.19 },
      ],
      rows,
    );
}

export function refusalSection(w: ReportWriter, plan: StoredPlan): void {
  if (plan.output.status !== 'refused') return;
  notice(
    w,
    'The dose engine refused this plan — it cannot be signed or delivered',
    `${plan.output.refusal.message} (code ${plan.output.refusal.code})`,
  );
}
