import type { Patient, StoredEvaluation } from '@openiort/contract';
import {
  LOCALE_TAG,
  PUBLIC_SOURCES,
  contentFor,
  createI18n,
  formatDate,
  groupedGuidelineLines,
  guidelineLines,
  programLine,
  PROGRAM_RULESET,
  type Language,
  type PublicCriteria,
} from '@openiort/content';
import type { i18n } from 'i18next';
import {
  finishReport,
  openReport,
  type PaperSize,
  type ReportWriter,
} from '../reports/report-document.ts';
import { drawFacts } from '../reports/report-table.ts';
import { heading, notice, paragraph } from '../reports/report-text.ts';
import { drawOptions, drawRecurrence } from './handout-comparison.ts';

export interface HandoutInput {
  language: Language;
  paper: PaperSize;
  patient: Patient;
  /** The patient's newest candidacy evaluation, or null when none was saved. */
  evaluation: StoredEvaluation | null;
  criteria: PublicCriteria;
  hospitalName: string;
  programContact: string;
  /** The day of printing; the PDF's metadata carries it too. */
  printedAt: Date;
}

/** The content version printed, and the words the reader must see about its review. */
export function handoutRelease(language: Language) {
  const chosen = contentFor(language);
  return { release: chosen.release, notices: chosen.notices };
}

function reviewNotice(t: i18n['t'], language: Language): string | null {
  const { notices } = handoutRelease(language);
  if (notices.includes('translation-not-reviewed')) return t('handout.notReviewed');
  if (notices.includes('source-not-approved')) return t('handout.draft');
  if (notices.includes('newer-source-exists')) return t('notice.newerSourceExists');
  return null;
}

/** This patient's candidacy in plain words: the program's answer, then each guideline's. */
function drawCandidacy(w: ReportWriter, instance: i18n, input: HandoutInput): void {
  const t = instance.t;
  const language = input.language;
  heading(w, t('handout.yourCase'));
  const evaluation = input.evaluation;
  if (evaluation === null) {
    paragraph(w, t('handout.noCheck'), { bold: true });
    return;
  }
  const program = evaluation.results.find((r) => r.ruleset === PROGRAM_RULESET);
  if (program !== undefined) paragraph(w, programLine(instance, program).text, { bold: true });
  const guidelines = guidelineLines(instance, evaluation.results);
  if (guidelines.length > 0) {
    paragraph(w, t('handout.guidelinesTitle'));
    // Guidelines with the same answer share one row, so a long "missing" list is read once.
    drawFacts(
      w,
      groupedGuidelineLines(instance, evaluation.results).map(
        (g) => [g.titles.join(', '), g.text] as const,
      ),
      0.3,
    );
  }
  paragraph(
    w,
    t('handout.checkedOn', { date: formatDate(language, evaluation.createdAt.slice(0, 10)) }),
    {
      colour: '#444444',
    },
  );
}

/**
 * The printed patient handout: the public comparison in the patient's language, filled with her
 * own candidacy answers, with the date, the content version and its review status, the program's
 * contact line and "this is not a diagnosis". Every string comes from packages/content.
 */
export function renderHandout(input: HandoutInput): Promise<Buffer> {
  const { language, patient } = input;
  const instance = createI18n(language);
  const t = instance.t;
  const { release } = handoutRelease(language);
  const today = formatDate(language, input.printedAt.toISOString().slice(0, 10));
  const name = `${patient.givenName} ${patient.familyName}`;
  const versionLine = t('handout.version', {
    version: release.version,
    evidenceDate: formatDate(language, release.evidenceDate),
  });
  const w = openReport({
    title: t('handout.title'),
    subject: `${name} · ${language} ${release.version}`,
    recordAt: input.printedAt,
    paper: input.paper,
    headerLeft: input.hospitalName,
    headerRight: name,
    footerLeft: `${input.programContact} · ${language} ${release.version}`,
    demonstrationText: patient.isDemo ? t('handout.demonstration') : null,
    language: LOCALE_TAG[language],
    pageLabel: (page, pages) => t('handout.page', { page, pages }),
  });
  w.doc.font('bold').fontSize(16).text(t('handout.title'), w.left, w.doc.y, { width: w.width });
  w.doc.moveDown(0.3);
  paragraph(w, t('handout.preparedFor', { name, date: today }), { bold: true });
  paragraph(w, t('handout.contact', { contact: input.programContact }));
  notice(w, t('handout.notDiagnosisTitle'), t('handout.notDiagnosis'), '#1c4f8a');
  paragraph(w, versionLine, { colour: '#444444' });
  const review = reviewNotice(t, language);
  if (review !== null) paragraph(w, review, { bold: true, colour: '#a61e1e' });
  drawCandidacy(w, instance, input);
  paragraph(w, t('comparison.decision'));
  drawOptions(w, instance, language, input.criteria);
  drawRecurrence(w, instance, language);
  paragraph(w, t('comparison.askTeam'), { bold: true });
  heading(w, t('handout.sourcesTitle'), 40);
  for (const source of PUBLIC_SOURCES) paragraph(w, source, { colour: '#444444' });
  return finishReport(w);
}
