// The app itself, loaded by main.tsx once Zod is configured (zod-config.ts).
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createApp } from './app.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// A prerendered page inlines the styles of its first paint and loads the whole stylesheet as
// `media="print"` so that it does not hold that paint back; from now on it applies everywhere.
for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-full-styles]')) {
  link.media = 'all';
}

const App = createApp();
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// A public page arrives prerendered (scripts/prerender.ts): take over its HTML, do not redraw it.
if (root.firstElementChild === null) createRoot(root).render(app);
else hydrateRoot(root, app);
