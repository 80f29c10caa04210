import {
  LANGUAGES,
  LOCALE_TAG,
  PUBLIC_PAGES,
  createI18n,
  publicPagePath,
  type Language,
} from '@openiort/content';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { screenshot, useChromium } from './browser.ts';

const browser = useChromium();
const PHONE = { width: 360, height: 780 };
/** Top-level keys of the translations: text starting with one of these and a dot is a raw key. */
const RAW_KEY =
  /\b(layout|notice|notFound|landing|selfCheck|criteria|comparison|privacy)\.[a-zA-Z]/;

async function phonePage(
  b: Browser,
  language: Language,
): Promise<{ page: Page; errors: string[] }> {
  const context = await b.newContext({
    baseURL: inject('baseUrl'),
    viewport: PHONE,
    locale: LOCALE_TAG[language],
  });
  const page = await context.newPage();
  // Several pages, each checked by axe, on a shared machine: allow for a slow load.
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

/** Whatever sticks out past the right edge of a 360 px screen, described for the failure message. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const width = window.innerWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) {
      out.push('document ' + document.documentElement.scrollWidth + ' > ' + width);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= 0) continue;
      if (box.right > width + 1 || box.width > width + 1) {
        out.push(el.tagName.toLowerCase() + '.' + String(el.className).slice(0, 40) + ' right=' + Math.round(box.right));
      }
    }
    return out.slice(0, 10);
  })()`);
}

async function expectCleanPage(page: Page, language: Language, name: string) {
  expect(await page.getAttribute('html', 'lang')).toBe(LOCALE_TAG[language]);
  const text = await page.locator('body').innerText();
  expect(text.match(RAW_KEY)?.[0] ?? null, `raw key on ${name}`).toBeNull();
  expect(text.includes('{{'), `unfilled placeholder on ${name}`).toBe(false);
  expect(await overflow(page), `overflow at 360 px on ${name}`).toEqual([]);
  await screenshot(page, `public-${name}`);
}

test('the language comes from the address, then ?lang=, then the browser; the menu switches it', async () => {
  // A browser that prefers German, on an address without a language: sent to the German page.
  const { page, errors } = await phonePage(browser(), 'de');
  await page.goto('/comparison');
  await page.waitForURL('**/de/comparison');
  await page
    .getByRole('heading', { level: 1, name: createI18n('de').t('comparison.title') })
    .waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('de');
  // ?lang= wins over the browser, and the address then carries the language.
  await page.goto('/self-check?lang=ru');
  await page.waitForURL('**/ru/self-check');
  await page
    .getByRole('heading', { level: 1, name: createI18n('ru').t('selfCheck.title') })
    .waitFor();
  // The menu picks the same page in another language.
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('pt');
  await page.waitForURL('**/pt/self-check');
  await page
    .getByRole('heading', { level: 1, name: createI18n('pt').t('selfCheck.title') })
    .waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
  // An English browser stays on the English page without a prefix.
  const english = await phonePage(browser(), 'en');
  await english.page.goto('/comparison');
  await english.page
    .getByRole('heading', { level: 1, name: 'IORT compared with other radiation' })
    .waitFor();
  expect(new URL(english.page.url()).pathname).toBe('/comparison');
  expect([...errors, ...english.errors]).toEqual([]);
  await page.context().close();
  await english.page.context().close();
});

describe.each(LANGUAGES)('public pages in %s at 360 px', (language) => {
  const t = createI18n(language).t;

  test('every page: translated, html lang, no raw keys, nothing wider than the screen', async () => {
    const { page, errors } = await phonePage(browser(), language);
    for (const publicPage of PUBLIC_PAGES) {
      const response = await page.goto(publicPagePath(publicPage, language));
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('combobox', { name: t('layout.language') }).waitFor();
      await page.getByTestId('content-version').waitFor();
      await page.waitForLoadState('networkidle');
      await expectCleanPage(
        page,
        language,
        `${language}-${publicPage === '' ? 'landing' : publicPage}`,
      );
    }
    expect(errors).toEqual([]);
    // No such page in any language: the server answers 404 with the shell (ADR 0015), which
    // Chromium reports once as a console error; nothing else may appear.
    const missing = await page.goto(`/${language}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: t('notFound.title') }).waitFor();
    await expectCleanPage(page, language, `${language}-not-found`);
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    await page.context().close();
  }, 240_000);

  test('the self-check asks to check a 14 cm size, then answers in the language', async () => {
    const { page, errors } = await phonePage(browser(), language);
    await page.goto(publicPagePath('self-check', language));
    await page.getByRole('heading', { level: 1, name: t('selfCheck.title') }).waitFor();
    await page.getByLabel(t('selfCheck.age.label')).fill('65');
    await page.getByRole('radio', { name: t('selfCheck.type.ductal') }).check();
    await page.getByLabel(t('selfCheck.size.label')).fill('14');
    await page.getByRole('radio', { name: t('selfCheck.size.cm') }).check();
    await page.getByRole('radio', { name: t('selfCheck.brca.negative') }).check();
    await page.getByRole('radio', { name: t('selfCheck.nodes.no') }).check();
    await page.getByRole('button', { name: t('selfCheck.submit') }).click();
    // A report's "14" typed as centimetres: asked to check the unit, and no answer is shown.
    await page.getByRole('checkbox', { name: t('selfCheck.size.confirm') }).waitFor();
    expect(
      await page
        .getByRole('heading', { level: 2, name: t('selfCheck.result.notAdvisedTitle') })
        .count(),
    ).toBe(0);
    await expectCleanPage(page, language, `${language}-self-check-unit`);

    await page.getByRole('radio', { name: t('selfCheck.size.mm') }).check();
    await page.getByRole('button', { name: t('selfCheck.submit') }).click();
    await page
      .getByRole('heading', { level: 2, name: t('selfCheck.result.candidateTitle') })
      .waitFor();
    await expectCleanPage(page, language, `${language}-self-check-candidate`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

/** Each language's text chunk in the build (`assets/ru-….js` → "ru"), from dist/.vite/chunks.json. */
function languageChunkFiles(): Map<string, Language> {
  const file = fileURLToPath(new URL('../dist/.vite/chunks.json', import.meta.url));
  const { chunks } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    chunks: Record<string, { modules: string[] }>;
  };
  const found = new Map<string, Language>();
  for (const [name, info] of Object.entries(chunks)) {
    for (const language of LANGUAGES) {
      if (info.modules.includes(`packages/content/src/locales/${language}/index.ts`))
        found.set(name, language);
    }
  }
  return found;
}

test('a page downloads its own language’s text only; the menu then loads the chosen one', async () => {
  const chunks = languageChunkFiles();
  expect(new Set(chunks.values()).size).toBe(LANGUAGES.length);
  const { page, errors } = await phonePage(browser(), 'ru');
  const fetched: Language[] = [];
  page.on('request', (request) => {
    const language = chunks.get(new URL(request.url()).pathname.slice(1));
    if (language !== undefined) fetched.push(language);
  });
  await page.goto('/ru/self-check');
  await page
    .getByRole('heading', { level: 1, name: createI18n('ru').t('selfCheck.title') })
    .waitFor();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual(['ru']);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('de');
  await page
    .getByRole('heading', { level: 1, name: createI18n('de').t('selfCheck.title') })
    .waitFor();
  expect(fetched).toEqual(['ru', 'de']);
  expect(await page.getAttribute('html', 'lang')).toBe('de');
  expect(errors).toEqual([]);
  await page.context().close();
});
