import { LANGUAGES, PUBLIC_PAGES, type PublicPage } from '@openiort/content';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { PublicLayout } from './components/public-layout.tsx';
import { ComparisonPage } from './pages/comparison/comparison-page.tsx';
import { LandingPage } from './pages/landing/landing-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { SelfCheckPage } from './pages/self-check/self-check-page.tsx';
import { SetupPage } from './pages/setup-page.tsx';
import { SigninPage } from './pages/signin-page.tsx';

const PAGE_ELEMENTS: Record<PublicPage, ReactNode> = {
  '': <LandingPage />,
  'self-check': <SelfCheckPage />,
  comparison: <ComparisonPage />,
  privacy: <PrivacyPage />,
};

/** The public pages below one layout, plus "not found" for anything else there. */
function publicPages(): RouteObject[] {
  return [
    ...PUBLIC_PAGES.map((page): RouteObject =>
      page === ''
        ? { index: true, element: PAGE_ELEMENTS[page] }
        : { path: page, element: PAGE_ELEMENTS[page] },
    ),
    { path: '*', element: <NotFoundPage /> },
  ];
}

/**
 * Public routes: every patient page under `/<language>/…` for each language, and once more
 * without a prefix (English, or the visitor's language by redirect). The list of pages lives in
 * @openiort/content (`publicPagePaths`) so that prerendering enumerates the same addresses.
 * Staff sign-in and set-up stay in English.
 */
export const publicRoutes: RouteObject[] = [
  {
    element: <PublicLayout staff />,
    children: [
      { path: '/signin', element: <SigninPage /> },
      { path: '/setup', element: <SetupPage /> },
    ],
  },
  ...LANGUAGES.map((language): RouteObject => ({
    path: `/${language}`,
    element: <PublicLayout language={language} />,
    children: publicPages(),
  })),
  { path: '/', element: <PublicLayout />, children: publicPages() },
];
