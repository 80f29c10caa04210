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

test('the comparison page at desktop width: options side by side, icon arrays with their numbers', async () => {
  const { page, errors, cspViolations } = await openWatchedPage(browser(), inject('baseUrl'));
  await page.goto('/');
  await page.getByRole('link', { name: 'Compare IORT with other radiation' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'IORT compared with other radiation' })
    .waitFor();
  // The criteria in force fill in who IORT suits.
  await page
    .getByText(/In this program: people older than 60 with a tumour smaller than 3\scm/)
    .waitFor();
  const targit = page.getByRole('region', { name: /TARGIT-A trial/ });
  await targit.getByText('21 in 1,000 women, after 5 years').waitFor();
  await targit.getByRole('img', { name: /^IORT: 21 of 1,000 squares are dark/ }).waitFor();
  await targit.getByText(/Vaidya JS et al\. BMJ 2020/).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'comparison-desktop');
  expect(errors).toEqual([]);
  expect(cspViolations).toEqual([]);
  await page.context().close();
});
