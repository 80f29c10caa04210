// Build-time entry (vite build --ssr): renders one public page to HTML for scripts/prerender.ts.
// The browser hydrates the result with the same providers and routes (main.tsx, ADR 0015).
import { LANGUAGES, LOCALE_TAG, publicPagePaths } from '@openiort/content';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createQueryClient } from '../api/query-client.ts';
import { AppProviders } from '../app-providers.tsx';
import { PageTitleSink } from '../components/use-page-title.ts';
import { appI18n, languageOfPath, loadLanguage } from '../i18n/language-content.ts';
import { routes } from '../routes.tsx';

export interface PrerenderPath {
  path: string;
  /** BCP 47 tag for `<html lang>`: the address's language, English without a prefix. */
  lang: string;
}

/** Every public page address, from the same list the routes are built from (@openiort/content). */
export function prerenderPaths(): PrerenderPath[] {
  return publicPagePaths().map(({ path, language }) => ({
    path,
    lang: LOCALE_TAG[language ?? 'en'],
  }));
}

/** The language prefixes the public pages have. */
export const PREFIXES: readonly string[] = LANGUAGES;

export interface RenderedPage {
  /** The markup inside #root. */
  html: string;
  /** The document title the page sets ("… · OpenIORT"). */
  title: string;
}

/**
 * Renders the page at `path` as the browser's first render would show it, before any request:
 * queries are pending (the self-check's criteria come later, from the server in force).
 * `hydrate={false}`: no inline router script, which the Content-Security-Policy would refuse.
 */
export async function renderPage(path: string): Promise<RenderedPage> {
  // As main.tsx does before hydrating: the page's language is loaded before the first render.
  await loadLanguage(languageOfPath(path));
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${path} answered ${String(context.status)}`);
  if (context.statusCode !== 200) throw new Error(`${path} rendered ${String(context.statusCode)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let title = 'OpenIORT';
  const html = renderToString(
    <StrictMode>
      <PageTitleSink
        value={(pageTitle) => {
          title = pageTitle;
        }}
      >
        <AppProviders queryClient={createQueryClient(() => undefined)} i18n={appI18n}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppProviders>
      </PageTitleSink>
    </StrictMode>,
  );
  return { html, title };
}
