import { publicPagePath, type PublicPage } from '@openiort/content';
import { usePublicLanguage } from './public-language.ts';

/** Addresses of public pages in the language being shown, keeping a `/es/` prefix if there is one. */
export function usePagePath(): (page: PublicPage) => string {
  const { language, prefixed } = usePublicLanguage();
  return (page) => publicPagePath(page, prefixed ? language : undefined);
}
