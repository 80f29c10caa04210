import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnauthenticated } from './api-error.ts';

/** Retry only what may pass on a second try: network failures and server errors, once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

/**
 * The app's QueryClient. Queries deliberately ignore TanStack's abort signal: every patient read is
 * audited on the server, so a read cancelled by an unmount (React's StrictMode mounts twice) would
 * still be recorded and then repeated. Letting it finish lets the remounted component reuse it.
 * `onUnauthenticated` runs whenever any call answers 401, so a session that
 * ended (inactivity, server restart, sign-out elsewhere) sends the user to sign in.
 */
export function createQueryClient(onUnauthenticated: () => void): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
