import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme.ts';

/**
 * The providers around every page, in the browser and in the build-time prerender alike: the same
 * tree on both sides is what lets the browser hydrate the prerendered HTML (docs/adr/0015).
 */
export function AppProviders({
  queryClient,
  i18n,
  children,
}: {
  queryClient: QueryClient;
  i18n: i18n;
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      forceColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          {/* A page whose language's text is still loading waits here (public-layout.tsx). */}
          <Suspense fallback={null}>{children}</Suspense>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
