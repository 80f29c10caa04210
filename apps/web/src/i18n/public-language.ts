import { SOURCE_LANGUAGE, type Language } from '@openiort/content';
import { createContext, useContext } from 'react';

export interface PublicLanguage {
  language: Language;
  /** Whether the address carries the language (`/es/…`); links then keep the prefix. */
  prefixed: boolean;
}

export const PublicLanguageContext = createContext<PublicLanguage>({
  language: SOURCE_LANGUAGE,
  prefixed: false,
});

/** The language of the public page being shown. */
export function usePublicLanguage(): PublicLanguage {
  return useContext(PublicLanguageContext);
}
