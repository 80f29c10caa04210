import { LANGUAGES, type Language } from '@openiort/content';

/**
 * The same page in another language: `/es/self-check?x=1` → `/de/self-check?x=1`. The `lang`
 * query parameter is dropped, since the prefix now says it.
 */
export function pathInLanguage(pathname: string, search: string, language: Language): string {
  const segments = pathname.split('/').filter((s) => s !== '');
  const rest = (LANGUAGES as readonly string[]).includes(segments[0] ?? '')
    ? segments.slice(1)
    : segments;
  const params = new URLSearchParams(search);
  params.delete('lang');
  const query = params.toString();
  return `/${[language, ...rest].join('/')}${query === '' ? '' : `?${query}`}`;
}
