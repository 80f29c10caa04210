import type { TreatmentRecordDto } from '@openiort/contract';
import { finishReport, openReport, type PaperSize } from '../reports/report-document.ts';
import { fixed, seconds, signatureMethodText, utcMinute } from '../reports/report-format.ts';
import { drawFacts, drawTable } from '../reports/report-table.ts';
import { heading, notice, paragraph } from '../reports/report-text.ts';

export interface RecordPdfInput {
  hospitalName: string;
  appVersion: string;
  record: TreatmentRecordDto;
  paper: PaperSize;
}

const CATEGORY_WORDS: Record<string, string> = {
  'patient-or-surgical': 'patient or surgical',
  'device-fault': 'device fault',
  'source-failure': 'source failure',
  power: 'power',
  safety: 'safety',
};

/** The record's own latest time (its last event, check, answer, signature or addendum). */
function recordTime(record: TreatmentRecordDto): Date {
  const { content } = record;
  const times = [
    ...content.events.map((e) => e.at),
    ...(content.outputCheck === null ? [] : [content.outputCheck.checkedAt]),
    ...content.checklists.flatMap((c) => c.items.map((i) => i.at ?? '')),
    ...record.signatures.map((s) => s.signedAt),
    ...record.addenda.map((a) => a.at),
  ]
    .filter((t) => t !== '')
    .sort();
  return new Date(times.at(-1) ?? '2000-01-01T00:00:00.000Z');
}

function statusLine(record: TreatmentRecordDto): string {
  if (record.status === 'signed') return 'Signed by the radiation oncologist and the physicist.';
  if (record.status === 'partly-signed')
    return `Partly signed: the ${record.signatures[0]?.role === 'radiation-oncologist' ? 'physics review' : 'approval of delivery'} is still missing.`;
  return 'DRAFT — not signed. This print is not a treatment record.';
}

/**
 * The treatment record as a PDF (issue 13; fields of operating-room.md §1.3). Everything comes
 * from the record the API shows, and the metadata time is the record's own, so every instance
 * prints the same bytes.
 */
export function renderTreatmentRecord(input: RecordPdfInput): Promise<Buffer> {
  const { record } = input;
  const { content } = record;
  const { patient, plan, delivery } = content;
  const w = openReport({
    title: 'Treatment record — breast IORT (electronic brachytherapy)',
    subject: `OR session ${content.sessionId}`,
    recordAt: recordTime(record),
    paper: input.paper,
    headerLeft: input.hospitalName,
    headerRight: `${patient.familyName}, ${patient.givenName} · MRN ${patient.mrn}`,
    footerLeft: `OR session ${content.sessionId} · record ${record.contentHash.slice(0, 12)} · OpenIORT ${input.appVersion}`,
    demonstrationText: content.demonstration
      ? 'DEMONSTRATION — rehearsal with demonstration data — not a treatment record'
      : null,
  });
  w.doc.font('bold').fontSize(16).text('Treatment record', w.left, w.doc.y, { width: w.width });
  w.doc.moveDown(0.3);
  paragraph(w, statusLine(record), {
    bold: true,
    colour: record.status === 'signed' ? '#000000' : '#c92a2a',
  });
  if (record.changedAfterSigning)
    notice(
      w,
      'Changed after signing',
      'Something in this record was written at the moment of signing: a signature covers other content than printed here. Review the record and add an addendum.',
    );
  drawFacts(w, [
    ['Hospital', input.hospitalName],
    [
      'Patient',
      `${patient.familyName}, ${patient.givenName} · MRN ${patient.mrn} · born ${patient.birthDate}`,
    ],
    ['Case', content.caseId ?? 'not linked to a case'],
    [
      'Date of service',
      delivery.startedAt === null ? 'not started' : utcMinute(delivery.startedAt),
    ],
    ['Plan', `${plan.id}, version ${String(plan.version)} (limits ${plan.limitsVersion})`],
  ]);

  heading(w, 'Summary');
  if (delivery.reportable)
    notice(
      w,
      'Possible reportable event',
      `The delivered dose differs from the prescribed one by ${fixed(delivery.deviationPercent, 1)} %, at or beyond the program's threshold of ${fixed(delivery.reportableDeviationPercent, 0)} % (10 CFR 35.3045; 25 Pa. Code §219.3). Follow the program's reporting procedure.`,
    );
  const to =
    plan.prescription.to === 'surface'
      ? 'mean dose over the balloon surface'
      : `mean dose over the sphere ${fixed(plan.prescription.depthCm, 2)} cm beyond the balloon surface`;
  drawFacts(w, [
    [
      'Outcome',
      delivery.status === 'complete'
        ? 'Delivery complete'
        : delivery.status === 'abandoned'
          ? `Delivery abandoned: ${delivery.abandonReason ?? 'no reason given'}`
          : `Delivery ${delivery.status}`,
    ],
    ['Prescribed', `${fixed(delivery.prescribedDoseGy, 2)} Gy in 1 fraction (${to})`],
    ['Delivered', `${fixed(delivery.deliveredDoseGy, 2)} Gy at the prescription reference`],
    [
      'Deviation',
      `${fixed(delivery.deviationPercent, 1)} % (reportable at ±${fixed(delivery.reportableDeviationPercent, 0)} %)`,
    ],
    ['Beam-on time', seconds(delivery.beamOnTimeS)],
    ['Planned total', seconds(plan.totalTimeS)],
    ['Remaining', seconds(delivery.remainingTimeS)],
    [
      'Start – end',
      `${delivery.startedAt === null ? '—' : utcMinute(delivery.startedAt)} – ${delivery.finishedAt === null ? '—' : utcMinute(delivery.finishedAt)} (${seconds(delivery.elapsedS)} wall clock)`,
    ],
  ]);

  heading(w, 'Plan and source');
  drawFacts(w, [
    ['Applicator', `Balloon, ${fixed(plan.fillVolumeCc, 1)} cc fill`],
    ['Skin distance', `${fixed(plan.skinDistanceCm, 2)} cm`],
    [
      'Chest-wall distance',
      plan.chestWallDistanceCm === null
        ? 'not entered'
        : `${fixed(plan.chestWallDistanceCm, 2)} cm`,
    ],
    [
      'Air-kerma strength',
      `${fixed(plan.airKermaStrengthU, 1)} U planned; ${fixed(delivery.finalAirKermaStrengthU, 1)} U at the end`,
    ],
    [
      'Calculation',
      `TG-43, engine ${plan.engineVersion}, model ${plan.sourceModelId} (${plan.sourceModelChecksum.slice(0, 16)}…)`,
    ],
    [
      'Plan signatures',
      plan.signatures
        .map((s) => `${s.userName} (${s.role}), ${utcMinute(s.signedAt)}`)
        .join('; ') || 'none',
    ],
  ]);

  heading(w, 'Output check');
  const check = content.outputCheck;
  if (check === null) paragraph(w, 'No output check was recorded.', { bold: true });
  else
    drawFacts(w, [
      [
        'Result',
        `${check.result.status === 'pass' ? 'PASS' : 'FAIL'}: measured ${fixed(check.result.measuredAirKermaStrengthU, 1)} U, ratio ${fixed(check.result.ratio, 4)} (${fixed(check.result.deviationPercent, 2)} %, tolerance ±${fixed(check.result.tolerancePercent, 1)} %)`,
      ],
      ['By', `${check.checkedBy.displayName}, ${utcMinute(check.checkedAt)}`],
    ]);

  heading(w, 'Dwells: planned and delivered', 80);
  drawTable(
    w,
    [
      { header: 'Dwell', share: 0.1, align: 'right' },
      { header: 'Position (cm)', share: 0.3 },
      { header: 'Planned (s)', share: 0.2, align: 'right' },
      { header: 'Delivered (s)', share: 0.2, align: 'right' },
      { header: 'Remaining (s)', share: 0.2, align: 'right' },
    ],
    delivery.dwells.map((d) => [
      String(d.index + 1),
      d.positionCm.map((c) => fixed(c, 2)).join(', '),
      fixed(d.plannedTimeS, 1),
      fixed(d.deliveredTimeS, 1),
      fixed(d.remainingTimeS, 1),
    ]),
  );

  heading(w, 'Interruptions');
  if (content.interruptions.length === 0) paragraph(w, 'None.');
  else
    drawTable(
      w,
      [
        { header: 'At', share: 0.14 },
        { header: 'Cause', share: 0.2 },
        { header: 'Stopped by', share: 0.13 },
        { header: 'Reason', share: 0.25 },
        { header: 'Then', share: 0.28 },
      ],
      content.interruptions.map((i) => [
        `${fixed(i.atS, 1)} s`,
        i.category === null ? '—' : (CATEGORY_WORDS[i.category] ?? i.category),
        `${i.termination} (${i.by.displayName})`,
        i.reason ?? '—',
        [
          ...i.sourceChangesU.map((u) => `new source ${fixed(u, 1)} U`),
          i.outcome === null
            ? 'not resumed'
            : i.outcome.kind === 'resumed'
              ? `resumed at ${fixed(i.outcome.atS, 1)} s`
              : `abandoned: ${i.outcome.reason ?? '—'}`,
        ].join('; '),
      ]),
    );

  heading(w, 'Reconciliation with the controller log', 80);
  const reconciled = content.reconciliation;
  if (reconciled === null) paragraph(w, 'Not entered.', { bold: true });
  else {
    const c = reconciled.comparison;
    paragraph(
      w,
      `Entered ${reconciled.source === 'csv' ? 'from a CSV file' : 'by hand'} by ${reconciled.recordedBy.displayName}, ${utcMinute(reconciled.recordedAt)}. Totals: session ${fixed(c.sessionTotalS, 1)} s, controller ${fixed(c.controllerTotalS, 1)} s, difference ${fixed(c.totalDifferenceS, 1)} s. A dwell differs when the times are more than ${fixed(c.toleranceS, 1)} s apart (OpenIORT's own default).`,
    );
    drawTable(
      w,
      [
        { header: 'Dwell', share: 0.12, align: 'right' },
        { header: 'Session (s)', share: 0.22, align: 'right' },
        { header: 'Controller (s)', share: 0.22, align: 'right' },
        { header: 'Difference (s)', share: 0.22, align: 'right' },
        { header: '', share: 0.22 },
      ],
      c.dwells.map((d) => [
        String(d.index + 1),
        fixed(d.sessionTimeS, 1),
        fixed(d.controllerTimeS, 1),
        fixed(d.differenceS, 1),
        d.differs ? 'DIFFERS' : '',
      ]),
    );
    if (c.needsAcknowledgement)
      paragraph(
        w,
        reconciled.acknowledgement === null
          ? 'The differences are NOT acknowledged.'
          : `Differences acknowledged by ${reconciled.acknowledgement.by.displayName}, ${utcMinute(reconciled.acknowledgement.at)}: ${reconciled.acknowledgement.note}`,
        { bold: true },
      );
  }

  heading(w, 'Measurements');
  const inVivo = content.measurements.flatMap((m) =>
    m.measurement.kind === 'in-vivo' ? [{ ...m, reading: m.measurement }] : [],
  );
  const surveys = content.measurements.flatMap((m) =>
    m.measurement.kind === 'survey' ? [{ ...m, reading: m.measurement }] : [],
  );
  if (content.measurements.length === 0) paragraph(w, 'None recorded.');
  if (inVivo.length > 0)
    drawTable(
      w,
      [
        { header: 'In-vivo dosimeter', share: 0.16 },
        { header: 'Position', share: 0.26 },
        { header: 'Reading (Gy)', share: 0.14, align: 'right' },
        { header: 'Expected (Gy)', share: 0.14, align: 'right' },
        { header: 'Ratio', share: 0.1, align: 'right' },
        { header: 'By, when', share: 0.2 },
      ],
      inVivo.map((m) => [
        m.reading.dosimeterType.toUpperCase(),
        m.reading.position,
        fixed(m.reading.readingGy, 2),
        fixed(m.reading.expectedGy, 2),
        fixed(m.ratio, 3),
        `${m.recordedBy.displayName}, ${utcMinute(m.recordedAt)}`,
      ]),
    );
  if (surveys.length > 0)
    drawTable(
      w,
      [
        { header: 'Survey: place', share: 0.3 },
        { header: 'µSv/h', share: 0.12, align: 'right' },
        { header: 'Instrument (calibrated)', share: 0.28 },
        { header: 'By, when', share: 0.3 },
      ],
      surveys.map((m) => [
        m.reading.place,
        fixed(m.reading.doseRateUSvPerH, 1),
        `${m.reading.instrumentSerial} (${m.reading.instrumentCalibratedOn})${m.warnings.length > 0 ? ' — calibration overdue' : ''}`,
        `${m.recordedBy.displayName}, ${utcMinute(m.recordedAt)}`,
      ]),
    );

  heading(w, 'Checklists');
  for (const checklist of content.checklists) {
    paragraph(
      w,
      `${checklist.title} (${checklist.version}) — ${checklist.complete ? 'complete' : 'NOT complete'}`,
      { bold: true },
    );
    drawTable(
      w,
      [
        { header: 'Item', share: 0.46 },
        { header: 'Answer', share: 0.24 },
        { header: 'By, when', share: 0.3 },
      ],
      checklist.items.map((item) => [
        item.text,
        item.answer === null
          ? 'not answered'
          : item.answer === 'yes'
            ? 'yes'
            : `passed over: ${item.reason ?? ''}`,
        item.by === null ? '—' : `${item.by.displayName}, ${utcMinute(item.at ?? '')}`,
      ]),
    );
  }

  heading(w, 'Team');
  drawTable(
    w,
    [
      { header: 'Name', share: 0.25 },
      { header: 'Role', share: 0.2 },
      { header: 'In this session', share: 0.55 },
    ],
    content.team.map((m) => [m.displayName, m.role, m.did.join('; ')]),
  );

  heading(w, 'Signatures');
  if (record.signatures.length === 0) paragraph(w, 'Not signed.', { bold: true });
  else
    drawTable(
      w,
      [
        { header: 'Signed by', share: 0.17 },
        { header: 'Role', share: 0.17 },
        { header: 'Meaning confirmed', share: 0.36 },
        { header: 'Time, method', share: 0.3 },
      ],
      record.signatures.map((s) => [
        s.userName,
        `${s.role} (${s.kind})`,
        s.meaning,
        `${utcMinute(s.signedAt)}, ${signatureMethodText(s.authMethod)}`,
      ]),
    );

  heading(w, 'Addenda');
  if (record.addenda.length === 0) paragraph(w, 'None.');
  for (const addendum of record.addenda)
    paragraph(
      w,
      `${String(addendum.seq)}. ${utcMinute(addendum.at)} — ${addendum.by.displayName} (${addendum.by.role}): ${addendum.text}`,
    );
  return finishReport(w);
}
