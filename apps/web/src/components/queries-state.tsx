import { ErrorAlert } from './error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

interface PageQuery {
  isPending: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * The loading line or the failure of a page that needs several queries: the first query's error
 * is shown, and "Try again" refetches every query.
 */
export function QueriesState({
  queries,
  loadingLabel,
}: {
  queries: readonly PageQuery[];
  loadingLabel: string;
}) {
  const failed = queries.find((query) => query.error !== null)?.error ?? null;
  const pending = queries.some((query) => query.isPending);
  return (
    <>
      {pending && failed === null && <LoadingState label={loadingLabel} />}
      {failed !== null && (
        <ErrorAlert
          error={failed}
          onRetry={() => {
            for (const query of queries) void query.refetch();
          }}
        />
      )}
    </>
  );
}
