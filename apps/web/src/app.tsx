import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client.ts';
import { hadSession } from './auth/session-marker.ts';
import { signinUrl } from './auth/signin-redirect.ts';
import { routes } from './routes.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

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
      <MantineProvider
        theme={theme}
        forceColorScheme="light"
        cssVariablesResolver={cssVariablesResolver}
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    );
  };
}
