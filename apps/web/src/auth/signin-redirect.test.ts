import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../i18n/clinician-i18n.ts';
import { safeNext, signinNotice, signinUrl } from './signin-redirect.ts';

const { t } = createClinicianI18n();

describe('safeNext', () => {
  it('returns to pages inside the app only', () => {
    expect(safeNext('/app/patients/p1/edit')).toBe('/app/patients/p1/edit');
    expect(safeNext(null)).toBe('/app');
    expect(safeNext('https://elsewhere.example')).toBe('/app');
    expect(safeNext('//elsewhere.example/app')).toBe('/app');
    expect(safeNext('/app\\@elsewhere')).toBe('/app');
  });
});

describe('signinUrl and signinNotice', () => {
  it('round-trips the reason and the page to come back to', () => {
    const url = signinUrl('session-ended', '/app/patients?q=fict');
    const params = new URL(url, 'http://localhost').searchParams;
    expect(params.get('next')).toBe('/app/patients?q=fict');
    expect(signinNotice(t, params)).toBe('Your session ended; please sign in again.');
  });

  it('says how many minutes of inactivity ended the session', () => {
    const params = new URL(signinUrl('idle', '/app/audit', 15), 'http://localhost').searchParams;
    expect(signinNotice(t, params)).toBe('You were signed out after 15 minutes of inactivity.');
    const one = new URL(signinUrl('idle', undefined, 1), 'http://localhost').searchParams;
    expect(signinNotice(t, one)).toBe('You were signed out after 1 minute of inactivity.');
  });

  it('shows nothing for a missing or unknown reason', () => {
    expect(signinNotice(t, new URLSearchParams())).toBeNull();
    expect(signinNotice(t, new URLSearchParams('reason=hack'))).toBeNull();
  });
});
