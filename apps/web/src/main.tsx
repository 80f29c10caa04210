import '@mantine/core/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createApp } from './app.tsx';
import { ensureStaffStrings } from './i18n/clinician-strings.ts';
import { languageOfPath, loadLanguage } from './i18n/language-content.ts';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// A prerendered page inlines the styles of its first paint and loads the whole stylesheet as
// `media="print"` so that it does not hold that paint back; from now on it applies everywhere.
for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-full-styles]')) {
  link.media = 'all';
}

// The page's language's text (a chunk of its own, preloaded by the prerendered page) must be here
// before the first render, which has to match the prerendered HTML; staff pages need English.
const { pathname } = window.location;
void Promise.all([
  loadLanguage(languageOfPath(pathname)),
  /^\/(app|signin|setup)(\/|$)/.test(pathname) ? ensureStaffStrings() : undefined,
]).then(() => {
  const App = createApp();
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A public page arrives prerendered (scripts/prerender.ts): take over its HTML, do not redraw it.
  if (root.firstElementChild === null) createRoot(root).render(app);
  else hydrateRoot(root, app);
});
