import {
  SOURCE_LANGUAGE,
  SOURCE_RELEASE,
  type ChosenRelease,
  type Language,
  type Strings,
} from '@openiort/content';
import { createContext, useContext } from 'react';

export interface PublicLanguage {
  language: Language;
  /** Whether the address carries the language (`/es/…`); links then keep the prefix. */
  prefixed: boolean;
  /** The language's version shown, with its release data and the notices its reader must see. */
  content: ChosenRelease<Strings>;
}

export const PublicLanguageContext = createContext<PublicLanguage>({
  language: SOURCE_LANGUAGE,
  prefixed: false,
  // Outside a public page (the clinician app's "not found"): no text of its own, no notice.
  content: { release: SOURCE_RELEASE, content: {}, notices: [] },
});

/** The language of the public page being shown. */
export function usePublicLanguage(): PublicLanguage {
  return useContext(PublicLanguageContext);
}
