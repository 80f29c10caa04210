import { formattedFigures, isLanguage } from '@openiort/content';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The public figures formatted for the page's language, to interpolate into its sentences. */
export function useFigures() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => formattedFigures(language), [language]);
}
