import { LANGUAGE_NAMES, LANGUAGES, LOCALE_TAG, isLanguage } from '@openiort/content';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePublicLanguage } from '../i18n/public-language.ts';
import { pathInLanguage } from '../i18n/switch-language.ts';

/** The language menu in the header: picks the same page in another language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { language } = usePublicLanguage();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  return (
    <NativeSelect
      aria-label={t('layout.language')}
      size="xs"
      w={150}
      value={language}
      data={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        if (isLanguage(chosen)) void navigate(pathInLanguage(pathname, search, chosen));
      }}
      lang={LOCALE_TAG[language]}
    />
  );
}
