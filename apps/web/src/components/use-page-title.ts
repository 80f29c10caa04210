import { createContext, useContext, useEffect } from 'react';

/**
 * Where the build-time prerender collects a page's title (effects do not run there); in the
 * browser nothing provides it and the title goes to document.title.
 */
export const PageTitleSink = createContext<((title: string) => void) | null>(null);

const fullTitle = (page: string | null) => (page === null ? 'OpenIORT' : `${page} · OpenIORT`);

/** Sets document.title to "<page> · OpenIORT" while the page is shown. */
export function usePageTitle(page: string | null): void {
  useContext(PageTitleSink)?.(fullTitle(page));
  useEffect(() => {
    document.title = fullTitle(page);
  }, [page]);
}
