import { formatDate, type ContentNotice as Notice } from '@openiort/content';
import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePublicLanguage } from '../i18n/public-language.ts';
import { pathInLanguage } from '../i18n/switch-language.ts';

const NOTICE_KEY: Record<Notice, string> = {
  'source-not-approved': 'notice.sourceNotApproved',
  'translation-not-reviewed': 'notice.translationNotReviewed',
  'newer-source-exists': 'notice.newerSourceExists',
};

/** What the reader must know about this text's review state, at the top of each public page. */
export function ContentNoticeBanner() {
  const { t } = useTranslation();
  const { language, content } = usePublicLanguage();
  const { pathname, search } = useLocation();
  const { notices } = content;
  if (notices.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" py="xs" data-testid="content-notice">
      {notices.map((notice) => (
        <Text key={notice} size="sm">
          {t(NOTICE_KEY[notice])}
        </Text>
      ))}
      {language !== 'en' && (
        <Anchor component={Link} to={pathInLanguage(pathname, search, 'en')} size="sm">
          {t('notice.readEnglish')}
        </Anchor>
      )}
    </Alert>
  );
}

/** Content version, evidence date and next review date, in the page's language. */
export function ContentVersionLine() {
  const { t } = useTranslation();
  const { language, content } = usePublicLanguage();
  const { release } = content;
  return (
    <Text size="sm" c="gray.7" data-testid="content-version">
      {t('notice.version', { version: release.version })} ·{' '}
      {t('notice.evidenceDate', { date: formatDate(language, release.evidenceDate) })} ·{' '}
      {t('notice.nextReview', { date: formatDate(language, release.nextReviewDate) })}
    </Text>
  );
}
