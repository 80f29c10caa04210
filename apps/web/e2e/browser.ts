import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { expectAccessible } from './accessibility.ts';

export const SCREENSHOT_DIR = '/tmp/e2e-shots';

/** Debian's Chromium, headless, without the background traffic a test has no use for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One Chromium per test file: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running (use it inside a test).');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in the order they happened. */
  errors: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
}

/**
 * A page in a fresh context (no cookies from other tests) that records console errors and CSP
 * violations, so a test can assert the page ran cleanly, not only that it rendered.
 */
export async function openWatchedPage(browser: Browser, baseUrl: string): Promise<WatchedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const watched: WatchedPage = { page, errors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    watched.errors.push(error.message);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => {
    watched.cspViolations.push(violation);
  });
  // Init scripts run through the DevTools protocol, so the page's own CSP does not block this one.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => {
      window.reportCspViolation(
        e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber,
      );
    });`,
  });
  return watched;
}

/**
 * Saves a full-page screenshot to /tmp/e2e-shots/<name>.png for a person to look at, after
 * checking the page state with axe-core: every state worth a screenshot must have no violation.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}
