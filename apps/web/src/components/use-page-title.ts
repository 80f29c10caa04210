import { useEffect } from 'react';

/** Sets document.title to "<page> · OpenIORT" while the page is shown. */
export function usePageTitle(page: string | null): void {
  useEffect(() => {
    document.title = page === null ? 'OpenIORT' : `${page} · OpenIORT`;
  }, [page]);
}
