import type { Role } from '@openiort/contract';
import type { Page } from 'playwright-core';
import { PASSWORD_LABEL } from './accounts.ts';

/** The page a role lands on after sign-in: the worklist, or the patient list for the administrator. */
export const LANDING_HEADING: Record<Role, string> = {
  admin: 'Patients',
  surgeon: 'Worklist',
  nurse: 'Worklist',
  'radiation-oncologist': 'Worklist',
  'medical-physicist': 'Worklist',
  'research-coordinator': 'Worklist',
};

/** Signs in on /signin the way a person would, and waits for the role's landing page. */
export async function signIn(page: Page, account: { email: string; password: string; role: Role }) {
  await page.goto('/signin');
  await page.getByRole('heading', { level: 1, name: 'Staff sign in' }).waitFor();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel(PASSWORD_LABEL).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: LANDING_HEADING[account.role] }).waitFor();
}

/** Signs out with the header button and waits for the sign-in page to say so. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('status').filter({ hasText: 'You have signed out.' }).waitFor();
}
