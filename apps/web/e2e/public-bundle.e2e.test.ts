// What a public page loads before anything is clicked: the entry chunk and its static imports.
// Checked on the real build (dist/.vite/chunks.json, written by vite.config.ts) — ADR 0015.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '@openiort/content';
import { describe, expect, it } from 'vitest';

interface ChunkInfo {
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}
type ChunkReport = Record<string, ChunkInfo>;

/** Modules a public page must never load up front: the clinician app, charts, dose engine. */
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'the dose engine', pattern: /^packages\/dosimetry\// },
  { what: 'Observable Plot', pattern: /node_modules\/@observablehq\/plot\// },
  { what: 'd3 (Plot uses it)', pattern: /node_modules\/d3-[a-z-]+\// },
  { what: 'the clinician app', pattern: /^apps\/web\/src\/clinician-pages\.ts$/ },
  {
    what: 'a clinician page',
    pattern:
      /^apps\/web\/src\/pages\/(patients|planning|candidacy|audit|users|program-criteria|program-limits|account)\//,
  },
  { what: 'the clinician layout', pattern: /^apps\/web\/src\/components\/app-layout\.tsx$/ },
  { what: 'the sign-in guard', pattern: /^apps\/web\/src\/auth\/require-auth\.tsx$/ },
];

/** Every chunk an entry loads before running: the entries and their static imports, transitively. */
export function loadedUpFront(report: ChunkReport): Set<string> {
  return withStaticImports(
    report,
    Object.keys(report).filter((name) => report[name]?.isEntry === true),
  );
}

/** The given chunks and their static imports, transitively. */
function withStaticImports(report: ChunkReport, start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(report[name]?.imports ?? []));
  }
  return seen;
}

/** "module (what) in chunk" for each forbidden module among the chunks loaded up front. */
export function forbiddenUpFront(report: ChunkReport): string[] {
  return [...loadedUpFront(report)].flatMap((chunk) =>
    (report[chunk]?.modules ?? []).flatMap((module) =>
      FORBIDDEN.filter((rule) => rule.pattern.test(module)).map(
        (rule) => `${module} (${rule.what}) in ${chunk}`,
      ),
    ),
  );
}

const chunk = (modules: string[], extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  isEntry: false,
  imports: [],
  dynamicImports: [],
  modules,
  ...extra,
});

describe('the public entry', () => {
  it('is caught loading a forbidden module, however deep the static import', () => {
    const report: ChunkReport = {
      'index.js': chunk(['apps/web/src/main.tsx'], { isEntry: true, imports: ['shared.js'] }),
      'shared.js': chunk(['node_modules/react/index.js'], { imports: ['deep.js'] }),
      'deep.js': chunk(['packages/dosimetry/src/index.ts']),
      'lazy.js': chunk(['node_modules/@observablehq/plot/src/index.js']),
    };
    expect(forbiddenUpFront(report)).toEqual([
      'packages/dosimetry/src/index.ts (the dose engine) in deep.js',
    ]);
    // The same module behind a dynamic import is fine: it loads only when asked for.
    report['shared.js'] = chunk([], { dynamicImports: ['deep.js'] });
    expect(forbiddenUpFront(report)).toEqual([]);
  });

  it('loads no clinician page, chart library or dose engine in the real build', () => {
    const file = fileURLToPath(new URL('../dist/.vite/chunks.json', import.meta.url));
    const { chunks } = JSON.parse(fs.readFileSync(file, 'utf8')) as { chunks: ChunkReport };
    const upFront = loadedUpFront(chunks);
    expect(upFront.size).toBeGreaterThan(0);
    expect(forbiddenUpFront(chunks)).toEqual([]);
    // Not vacuous: each forbidden kind is in the build, in chunks loaded only on demand.
    const everything = Object.values(chunks).flatMap((info) => info.modules);
    for (const rule of FORBIDDEN) {
      expect(
        everything.some((module) => rule.pattern.test(module)),
        rule.what,
      ).toBe(true);
    }
    // The public pages themselves are there.
    const publicModules = [...upFront].flatMap((name) => chunks[name]?.modules ?? []);
    for (const page of ['landing/landing-page.tsx', 'self-check/self-check-page.tsx']) {
      expect(publicModules).toContain(`apps/web/src/pages/${page}`);
    }
  });
});

/** A language's text in @openiort/content; `locales/en/release.ts` is the source's version record. */
const LOCALE_MODULE = /^packages\/content\/src\/locales\/([a-z]{2})\/(?!release\.ts$)/;

/** The languages whose text is among the modules of these chunks. */
export function languagesIn(report: ChunkReport, chunkNames: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const name of chunkNames) {
    for (const module of report[name]?.modules ?? []) {
      const language = LOCALE_MODULE.exec(module)?.[1];
      if (language !== undefined) found.add(language);
    }
  }
  return [...found].sort();
}

/** The scripts a page's HTML loads up front: its module script and its module preloads. */
function scriptsOf(html: string): string[] {
  const found = [
    ...html.matchAll(/<script type="module"[^>]* src="\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]* href="\/([^"]+)"/g),
  ];
  return found.map((match) => match[1] ?? '');
}

describe('a public page in one language', () => {
  it('is caught loading another language, however deep the import', () => {
    const report: ChunkReport = {
      'index.js': chunk(['apps/web/src/main.tsx', 'packages/content/src/locales/en/release.ts'], {
        isEntry: true,
      }),
      'de.js': chunk(['packages/content/src/locales/de/index.ts'], { imports: ['shared.js'] }),
      'shared.js': chunk(['packages/content/src/locales/fr/layout.ts']),
    };
    expect(languagesIn(report, withStaticImports(report, ['index.js']))).toEqual([]);
    expect(languagesIn(report, withStaticImports(report, ['index.js', 'de.js']))).toEqual([
      'de',
      'fr',
    ]);
  });

  it('loads its own language’s text only, and the entry loads none', () => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    const { chunks } = JSON.parse(fs.readFileSync(`${dist}.vite/chunks.json`, 'utf8')) as {
      chunks: ChunkReport;
    };
    // The entry and its static imports hold no language's text: each language is its own chunk.
    expect(languagesIn(chunks, loadedUpFront(chunks))).toEqual([]);
    for (const language of LANGUAGES) {
      const own = Object.keys(chunks).filter((name) =>
        chunks[name]?.modules.includes(`packages/content/src/locales/${language}/index.ts`),
      );
      expect(own, language).toHaveLength(1);
      expect(languagesIn(chunks, withStaticImports(chunks, own)), language).toEqual([language]);
    }
    // The clinician strings are not in anything a public page loads up front.
    const upFrontModules = [...loadedUpFront(chunks)].flatMap((name) => chunks[name]?.modules);
    expect(upFrontModules.filter((m) => m?.startsWith('apps/web/src/i18n/locales/'))).toEqual([]);

    // Every prerendered page preloads its own language and nothing of any other.
    const { pages } = JSON.parse(fs.readFileSync(`${dist}.prerendered.json`, 'utf8')) as {
      pages: Record<string, string>;
    };
    expect(Object.keys(pages).length).toBeGreaterThan(LANGUAGES.length);
    for (const [address, file] of Object.entries(pages)) {
      const prefix = address.split('/')[1] ?? '';
      const language = (LANGUAGES as readonly string[]).includes(prefix) ? prefix : 'en';
      const scripts = scriptsOf(fs.readFileSync(`${dist}${file}`, 'utf8'));
      for (const script of scripts)
        expect(chunks, `${address}: ${script}`).toHaveProperty([script]);
      expect(languagesIn(chunks, withStaticImports(chunks, scripts)), address).toEqual([language]);
    }
  });
});
