import {
  LANGUAGE_NAMES,
  LANGUAGES,
  LOCALE_TAG,
  resolveLanguage,
  type Language,
} from '@openiort/content';
import { Anchor, Box, Container, Group, Stack, Text } from '@mantine/core';
import { use, useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ensureStaffStrings, staffStringsReady } from '../i18n/clinician-strings.ts';
import { appI18n, createPageI18n, loadedLanguage, loadLanguage } from '../i18n/language-content.ts';
import { PublicLanguageContext, usePublicLanguage } from '../i18n/public-language.ts';
import { pathInLanguage } from '../i18n/switch-language.ts';
import { usePagePath } from '../i18n/use-page-path.ts';
import { ContentNoticeBanner, ContentVersionLine } from './content-notice.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SkipLink } from './skip-link.tsx';

interface PublicLayoutProps {
  /** The language the address names (`/es/…`); without it, English unless the visitor asks. */
  language?: Language;
  /** Staff pages (sign-in, set-up) stay in English and have no language menu. */
  staff?: boolean;
}

/**
 * On an address without a language, a visitor who asked for another one (`?lang=es`, or the
 * browser's languages) is sent to that language's address, which can then be shared.
 */
function useLanguageRedirect(active: boolean) {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (!active) return;
    const wanted = resolveLanguage({
      queryLanguage: new URLSearchParams(search).get('lang'),
      browserLanguages: navigator.languages,
    });
    if (wanted !== 'en') void navigate(pathInLanguage(pathname, search, wanted), { replace: true });
  }, [active, pathname, search, navigate]);
}

function Header({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const pagePath = usePagePath();
  return (
    <Box component="header" className="site-header">
      <Container size="lg" py="sm">
        <Group justify="space-between" gap="xs">
          <Anchor
            component={Link}
            to={pagePath('')}
            fw={700}
            size="xl"
            c="blue.9"
            underline="never"
          >
            OpenIORT
          </Anchor>
          {!staff && <LanguageSwitcher />}
        </Group>
        <Group
          component="nav"
          aria-label={t('layout.publicNav')}
          mt={4}
          wrap="wrap"
          style={{ columnGap: 'var(--mantine-spacing-md)', rowGap: 2 }}
        >
          <Anchor component={Link} to={pagePath('self-check')} fw={600}>
            {t('layout.selfCheck')}
          </Anchor>
          <Anchor component={Link} to={pagePath('comparison')} fw={600}>
            {t('layout.comparison')}
          </Anchor>
          <Anchor component={Link} to={pagePath('privacy')} fw={600}>
            {t('layout.privacy')}
          </Anchor>
          <Anchor component={Link} to="/signin" fw={600}>
            {t('layout.staffSignIn')}
          </Anchor>
        </Group>
      </Container>
    </Box>
  );
}

function Footer({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const { language } = usePublicLanguage();
  const { pathname, search } = useLocation();
  return (
    <Box component="footer" py="lg">
      <Container size="lg">
        <Stack gap="xs">
          {!staff && <ContentVersionLine />}
          <Text size="sm" c="gray.7">
            {t('layout.footer')}
          </Text>
          {!staff && (
            <Group component="nav" aria-label={t('layout.otherLanguages')} gap="sm" wrap="wrap">
              {LANGUAGES.filter((code) => code !== language).map((code) => (
                <Anchor
                  key={code}
                  component={Link}
                  to={pathInLanguage(pathname, search, code)}
                  size="sm"
                  lang={LOCALE_TAG[code]}
                >
                  {LANGUAGE_NAMES[code]}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Container>
    </Box>
  );
}

/** Header and footer of the public pages, in the page's language; sets `<html lang>`. */
export function PublicLayout({ language, staff = false }: PublicLayoutProps) {
  const shown: Language = language ?? 'en';
  // The language's text is here already when the page was prerendered in it (main.tsx waits for
  // it); after a switch of language it loads now, and the page before stays until it has.
  const content = loadedLanguage(shown) ?? use(loadLanguage(shown));
  // Staff pages are the clinician app's: its English instance, with the clinician strings.
  if (staff && !staffStringsReady()) use(ensureStaffStrings());
  const i18n = useMemo(
    () => (staff ? appI18n : createPageI18n(shown, content)),
    [staff, shown, content],
  );
  const context = useMemo(
    () => ({ language: shown, prefixed: language !== undefined, content }),
    [shown, language, content],
  );
  useLanguageRedirect(language === undefined && !staff);
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAG[shown];
    return () => {
      document.documentElement.lang = 'en';
    };
  }, [shown]);
  return (
    <I18nextProvider i18n={i18n}>
      <PublicLanguageContext value={context}>
        <SkipLink label={i18n.t('layout.skipToContent')} />
        <Header staff={staff} />
        <Box component="main" id="main" tabIndex={-1}>
          {!staff && (
            <Container size="lg" pt="sm">
              <ContentNoticeBanner />
            </Container>
          )}
          <Outlet />
        </Box>
        <Footer staff={staff} />
      </PublicLanguageContext>
    </I18nextProvider>
  );
}
