import {
  ELIOT_IORT_PER_THOUSAND,
  RECURRENCE_FIGURES,
  TARGIT_COUNTS,
  TREATMENT_OPTIONS,
  formatNumber,
  formattedFigures,
  sizeLimitText,
  type Language,
  type PublicCriteria,
  visitsText,
} from '@openiort/content';
import type { i18n } from 'i18next';
import { ensureSpace, type ReportWriter } from '../reports/report-document.ts';
import { drawFacts } from '../reports/report-table.ts';
import { heading, paragraph } from '../reports/report-text.ts';
import { ICON_ARRAY_SIZE, drawIconArray } from './handout-icons.ts';

const ROWS = ['suits', 'visits', 'treated', 'common', 'rare', 'after'] as const;

/** The four options, each as a small table with the public page's rows. */
export function drawOptions(
  w: ReportWriter,
  instance: i18n,
  language: Language,
  criteria: PublicCriteria,
): void {
  const t = instance.t;
  heading(w, t('comparison.optionsTitle'));
  paragraph(w, t('comparison.intro'));
  for (const option of TREATMENT_OPTIONS) {
    const cell = (row: (typeof ROWS)[number]): string => {
      if (row === 'visits') return visitsText(instance, language, option);
      if (row === 'suits' && option.id === 'iort') {
        // Who IORT suits comes from the criteria in force, as on the public page.
        return t('comparison.options.iort.suits', {
          count: criteria.minAgeExclusiveYears,
          size: sizeLimitText(instance, criteria.maxSizeExclusiveMm),
        });
      }
      return t(`comparison.options.${option.id}.${row}`, formattedFigures(language));
    };
    ensureSpace(w, 150);
    w.doc
      .font('bold')
      .fontSize(10.5)
      .text(`${t(`comparison.options.${option.id}.name`)} · ${option.regimen}`, w.left, w.doc.y, {
        width: w.width,
      });
    w.doc.moveDown(0.2);
    drawFacts(
      w,
      ROWS.map((row) => [t(`comparison.labels.${row}`), cell(row)] as const),
      0.26,
    );
    w.doc.moveDown(0.4);
  }
}

/** Local recurrence per 1,000 women, trial by trial: icon arrays with the numbers in words. */
export function drawRecurrence(w: ReportWriter, instance: i18n, language: Language): void {
  const t = instance.t;
  const notes: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...TARGIT_COUNTS, ...ELIOT_IORT_PER_THOUSAND })) {
    notes[name] = formatNumber(language, value);
  }
  w.doc.addPage();
  heading(w, t('handout.figuresTitle'));
  paragraph(w, t('comparison.recurrence.intro'));
  const columnWidth = (w.width - 20) / 2;
  for (const figure of RECURRENCE_FIGURES) {
    const horizon = t('comparison.recurrence.horizon', { count: figure.horizonYears });
    ensureSpace(w, ICON_ARRAY_SIZE.height + 110);
    w.doc
      .font('bold')
      .fontSize(10.5)
      .text(t(`comparison.recurrence.trials.${figure.id}.title`), w.left, w.doc.y, {
        width: w.width,
      });
    w.doc.moveDown(0.3);
    const top = w.doc.y;
    let lowest = top;
    figure.arms.forEach((arm, index) => {
      const x = w.left + index * (columnWidth + 20);
      w.doc
        .font('bold')
        .fontSize(9.5)
        .text(t(`comparison.recurrence.arms.${arm.id}`), x, top, {
          width: columnWidth,
        });
      w.doc
        .font('regular')
        .text(
          `${t('comparison.recurrence.perThousand', { count: arm.perThousand })}, ${horizon}`,
          x,
          w.doc.y,
          { width: columnWidth },
        );
      const arrayTop = w.doc.y + 3;
      drawIconArray(w, x, arrayTop, arm.perThousand);
      lowest = Math.max(lowest, arrayTop + ICON_ARRAY_SIZE.height);
    });
    w.doc.x = w.left;
    w.doc.y = lowest + 6;
    paragraph(w, t(`comparison.recurrence.trials.${figure.id}.note`, notes));
    paragraph(w, t('comparison.recurrence.source', { citation: figure.citation }), {
      colour: '#444444',
    });
    w.doc.moveDown(0.3);
  }
  paragraph(w, t('comparison.survival'));
}
