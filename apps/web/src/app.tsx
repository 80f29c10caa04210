import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client.ts';
import { AppProviders } from './app-providers.tsx';
import { hadSession } from './auth/session-marker.ts';
import { signinUrl } from './auth/signin-redirect.ts';
import { appI18n } from './i18n/language-content.ts';
import { routes } from './routes.tsx';

/** Composition root: the router, the query client, and what happens when a session ends. */
export function createApp() {
  const router = createBrowserRouter(routes);
  const queryClient = createQueryClient(() => {
    const { pathname, search } = router.state.location;
    if (!pathname.startsWith('/app')) return;
    const reason = hadSession() ? 'session-ended' : 'required';
    void Promise.resolve(
      router.navigate(signinUrl(reason, pathname + search), { replace: true }),
    ).then(() => {
      // Nothing from the ended session stays in memory.
      queryClient.clear();
    });
  });

  return function App() {
    return (
      // The clinician app is in English for now (appI18n); public pages put their own language's
      // instance inside this one (components/public-layout.tsx).
      <AppProviders queryClient={queryClient} i18n={appI18n}>
        <RouterProvider router={router} />
      </AppProviders>
    );
  };
}
