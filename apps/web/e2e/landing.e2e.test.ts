import { expect, inject, test } from 'vitest';
import { useChromium, openWatchedPage, screenshot } from './browser.ts';

const browser = useChromium();

test('the landing page explains breast IORT and runs without errors or CSP violations', async () => {
  const { page, errors, cspViolations } = await openWatchedPage(browser(), inject('baseUrl'));
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  await page
    .getByRole('heading', { level: 1, name: 'Radiation therapy during breast cancer surgery' })
    .waitFor();
  await page.getByRole('link', { name: 'Staff sign in' }).first().waitFor();
  expect(await page.title()).toContain('Breast IORT explained');
  // Let late requests (fonts, icons) finish before judging the console.
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'landing');

  expect(errors).toEqual([]);
  expect(cspViolations).toEqual([]);
  await page.context().close();
});
