import type { i18n } from 'i18next';
import type { TreatmentOption } from './comparison-data.ts';
import { formatNumber } from './create-i18n.ts';
import { formattedFigures } from './figures.ts';
import type { Language } from './languages.ts';

/**
 * Visits and weeks of a treatment option in the instance's language: one sentence shared by the
 * public comparison page and the printed handout, so the two can never state different numbers.
 */
export function visitsText(instance: i18n, language: Language, option: TreatmentOption): string {
  const { t } = instance;
  const number = (value: number) => formatNumber(language, value);
  if (option.weeks === undefined) {
    return t(`comparison.options.${option.id}.visits`, formattedFigures(language));
  }
  const { from, to } = option.weeks;
  const weeks =
    from === to
      ? t('comparison.weeks', { count: to })
      : t('comparison.weeksRange', { count: to, from: number(from), to: number(to) });
  const boost =
    option.boostVisits === undefined
      ? ''
      : `; ${t(`comparison.options.${option.id}.boost`, {
          from: number(option.boostVisits.from),
          to: number(option.boostVisits.to),
        })}`;
  return `${t('comparison.visits', { count: option.visits })} ${weeks}${boost}.`;
}
