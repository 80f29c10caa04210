// Build step after the client build: each public page rendered to static HTML, in each language,
// with the stylesheet inline, so a phone shows the page from the first response (ADR 0015).
// The browser then hydrates it with the client bundle the page links to.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { criticalCss, type CriticalCssSource } from './critical-css.ts';

interface RenderModule {
  prerenderPaths: () => { path: string; lang: string }[];
  PREFIXES: readonly string[];
  renderPage: (path: string) => Promise<{ html: string; title: string }>;
}

/** What the server reads to serve prerendered pages: address → file under dist/, languages. */
export interface PrerenderManifest {
  languages: string[];
  pages: Record<string, string>;
}

export const MANIFEST_FILE = '.prerendered.json';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `/` → pages/index.html, `/es` → pages/es/index.html, `/es/self-check` → pages/es/self-check.html. */
export function pageFile(address: string): string {
  const segments = address.split('/').filter((s) => s !== '');
  if (segments.length === 0) return 'pages/index.html';
  if (segments.length === 1 && segments[0]?.length === 2) return `pages/${segments[0]}/index.html`;
  return `pages/${segments.join('/')}.html`;
}

interface ChunkInfo {
  isEntry: boolean;
  imports: string[];
  modules: string[];
}

/** Chunks an entry loads before running: the entries and their static imports, transitively. */
function staticClosure(chunks: Record<string, ChunkInfo>, start: string[]): Set<string> {
  const seen = new Set<string>();
  for (let queue = [...start], name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(chunks[name]?.imports ?? []));
  }
  return seen;
}

/**
 * The chunks holding one language's text (@openiort/content `loadContent`, one dynamic import
 * per language) and what they import, less what the entry loads anyway: what a page in that
 * language preloads so that its text arrives beside the entry script, not after it.
 */
export function languageChunks(chunks: Record<string, ChunkInfo>, language: string): string[] {
  const folder = `packages/content/src/locales/${language}/`;
  const own = Object.keys(chunks).filter((name) =>
    chunks[name]?.modules.some((module) => module.startsWith(folder)),
  );
  if (own.length === 0) throw new Error(`prerender: no chunk holds ${folder}`);
  const entries = Object.keys(chunks).filter((name) => chunks[name]?.isEntry === true);
  const upFront = staticClosure(chunks, entries);
  return [...staticClosure(chunks, own)].filter((name) => !upFront.has(name)).sort();
}

/** Replaces exactly one occurrence of `find`, or stops the build: a changed template must be noticed. */
function replaceOnce(text: string, find: string | RegExp, replacement: string): string {
  const matches =
    typeof find === 'string'
      ? text.split(find).length - 1
      : (text.match(new RegExp(find, 'g')) ?? []).length;
  if (matches !== 1)
    throw new Error(
      `prerender: expected one ${String(find)} in index.html, found ${String(matches)}`,
    );
  return text.replace(find, () => replacement);
}

/**
 * The built index.html with the page in #root, its title and language, the CSS its first paint
 * needs inline, and the whole stylesheet loaded without blocking that paint (`media="print"`,
 * switched to all media by main.tsx: no inline script, which the CSP would refuse).
 */
function pageHtml(
  template: string,
  styles: CriticalCssSource,
  page: { html: string; title: string; lang: string; preload: string[] },
) {
  const link = /<link rel="stylesheet"[^>]* href="(\/assets\/[^"]+\.css)"[^>]*>/;
  const href = link.exec(template)?.[1];
  if (href === undefined) throw new Error('prerender: index.html links no stylesheet');
  const css = criticalCss(page.html, styles);
  if (/<\/style/i.test(css)) throw new Error('prerender: the critical CSS cannot be inlined');
  let html = replaceOnce(
    template,
    /<html lang="[^"]*">/,
    `<html lang="${escapeHtml(page.lang)}" data-mantine-color-scheme="light">`,
  );
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  html = replaceOnce(
    html,
    link,
    `<style>${css}</style><link rel="stylesheet" crossorigin href="${href}" media="print" data-full-styles>`,
  );
  const preloads = page.preload
    .map((file) => `<link rel="modulepreload" crossorigin href="/${escapeHtml(file)}">`)
    .join('');
  const entry = /<script type="module" [^>]*><\/script>/.exec(html)?.[0];
  if (entry === undefined) throw new Error('prerender: index.html has no module script');
  html = replaceOnce(html, entry, entry + preloads);
  return replaceOnce(html, '<div id="root"></div>', `<div id="root">${page.html}</div>`);
}

/** Builds the render module with Vite (SSR), renders every public page into dist/pages/. */
export async function prerender(webDir: string, distDir: string): Promise<number> {
  const ssrDir = path.join(distDir, '.ssr');
  const vite = path.join(webDir, '../../node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--ssr',
      'src/prerender/render-page.tsx',
      '--outDir',
      ssrDir,
      '--logLevel',
      'warn',
    ],
    { cwd: webDir, stdio: 'inherit' },
  );
  if (build.status !== 0)
    throw new Error(`The prerender build failed (vite exited with ${String(build.status)}).`);
  const render = (await import(
    pathToFileURL(path.join(ssrDir, 'render-page.js')).href
  )) as RenderModule;
  const template = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const styles: CriticalCssSource = {
    mantineDir: path.join(webDir, '../../node_modules/@mantine/core'),
    appCss: fs.readFileSync(path.join(webDir, 'src/app.css'), 'utf8'),
  };
  const { chunks } = JSON.parse(
    fs.readFileSync(path.join(distDir, '.vite/chunks.json'), 'utf8'),
  ) as { chunks: Record<string, ChunkInfo> };
  const manifest: PrerenderManifest = { languages: [...render.PREFIXES], pages: {} };
  for (const { path: address, lang } of render.prerenderPaths()) {
    const page = await render.renderPage(address);
    const file = pageFile(address);
    const prefix = address.split('/')[1] ?? '';
    const language = render.PREFIXES.includes(prefix) ? prefix : 'en';
    const preload = languageChunks(chunks, language);
    fs.mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
    fs.writeFileSync(
      path.join(distDir, file),
      pageHtml(template, styles, { ...page, lang, preload }),
    );
    manifest.pages[address] = file;
  }
  fs.writeFileSync(path.join(distDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  fs.rmSync(ssrDir, { recursive: true, force: true });
  return Object.keys(manifest.pages).length;
}

if (import.meta.main) {
  const webDir = fileURLToPath(new URL('../apps/web', import.meta.url));
  const pages = await prerender(webDir, path.join(webDir, 'dist'));
  console.log(`Prerendered ${String(pages)} public pages.`);
}
