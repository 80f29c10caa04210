import { LANGUAGES, type Language } from './languages.ts';

/**
 * The public patient pages, as paths below a language prefix ('' is the landing page). One list,
 * so that routing, prerendering and the e2e test enumerate the same pages.
 */
export const PUBLIC_PAGES = ['', 'self-check', 'comparison', 'privacy'] as const;
export type PublicPage = (typeof PUBLIC_PAGES)[number];

/** A public page's address: `/es/self-check` with a language, `/self-check` without one. */
export function publicPagePath(page: PublicPage, language?: Language): string {
  if (language === undefined) return `/${page}`;
  return page === '' ? `/${language}` : `/${language}/${page}`;
}

export interface PublicPagePath {
  path: string;
  page: PublicPage;
  /** Undefined for the unprefixed addresses, which show English unless the visitor asks otherwise. */
  language: Language | undefined;
}

/** Every public page address: each page unprefixed, then each page in each language. */
export function publicPagePaths(): PublicPagePath[] {
  const unprefixed = PUBLIC_PAGES.map((page) => ({
    path: publicPagePath(page),
    page,
    language: undefined,
  }));
  const prefixed = LANGUAGES.flatMap((language) =>
    PUBLIC_PAGES.map((page) => ({ path: publicPagePath(page, language), page, language })),
  );
  return [...unprefixed, ...prefixed];
}
