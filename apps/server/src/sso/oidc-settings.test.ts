import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

const BASE = {
  OPENIORT_OIDC_ISSUER: 'https://login.hospital.example/realms/staff',
  OPENIORT_OIDC_CLIENT_ID: 'openiort',
  OPENIORT_OIDC_CLIENT_SECRET: 'a secret nobody should see in a log',
  OPENIORT_OIDC_REDIRECT_URL: 'https://iort.hospital.example/api/auth/oidc/callback',
  OPENIORT_OIDC_ROLE_MAP: 'IORT-Physicists=medical-physicist, IORT-ROs=radiation-oncologist',
};

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env, '/');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('single sign-on settings', () => {
  it('are off when no OPENIORT_OIDC_* variable is set', () => {
    expect(loadConfig({}, '/').oidc).toBeNull();
  });

  it('read the issuer, client, redirect and the group → role map, with defaults for the rest', () => {
    const oidc = loadConfig(BASE, '/').oidc;
    expect(oidc).toMatchObject({
      issuer: BASE.OPENIORT_OIDC_ISSUER,
      clientId: 'openiort',
      displayName: 'hospital sign-in',
      scopes: 'openid profile email',
      groupsClaim: 'groups',
      reauthenticationSeconds: 300,
      postLogoutRedirectUrl: null,
      promptLogin: true,
    });
    expect([...(oidc?.roleMap ?? [])]).toEqual([
      ['IORT-Physicists', 'medical-physicist'],
      ['IORT-ROs', 'radiation-oncologist'],
    ]);
  });

  it('name every missing or bad variable, and never echo the client secret', () => {
    const found = problems({
      OPENIORT_OIDC_ISSUER: 'http://login.hospital.example',
      OPENIORT_OIDC_CLIENT_SECRET: 'hunter2',
      OPENIORT_OIDC_REDIRECT_URL: 'https://iort.hospital.example/elsewhere',
      OPENIORT_OIDC_ROLE_MAP: 'Staff=janitor,IORT=admin,IORT=nurse,broken',
      OPENIORT_OIDC_SCOPES: 'profile email',
      OPENIORT_OIDC_REAUTH_SECONDS: '5',
    });
    const text = found.join('\n');
    expect(text).toMatch(
      /OPENIORT_OIDC_ISSUER="http:\/\/login.hospital.example" must be an https:\/\/ URL/,
    );
    expect(text).toMatch(/OPENIORT_OIDC_CLIENT_ID is required/);
    expect(text).toMatch(/OPENIORT_OIDC_REDIRECT_URL=.* must end in \/api\/auth\/oidc\/callback/);
    expect(text).toMatch(/"Staff=janitor": the role must be one of admin, radiation-oncologist/);
    expect(text).toMatch(/the group "IORT" is mapped twice/);
    expect(text).toMatch(/"broken" must be GROUP=ROLE/);
    expect(text).toMatch(/OPENIORT_OIDC_SCOPES=.* must include openid/);
    expect(text).toMatch(/OPENIORT_OIDC_REAUTH_SECONDS="5" must be at least 30/);
    expect(text).not.toContain('hunter2');
  });

  it('need the issuer once any of them is set', () => {
    expect(problems({ OPENIORT_OIDC_CLIENT_ID: 'openiort' })).toEqual([
      'OPENIORT_OIDC_ISSUER is required when any of OPENIORT_OIDC_CLIENT_ID is set',
    ]);
  });

  it('accept http:// only for a provider on the loopback interface', () => {
    const local = { ...BASE, OPENIORT_OIDC_ISSUER: 'http://127.0.0.1:9000' };
    expect(loadConfig(local, '/').oidc?.issuer).toBe('http://127.0.0.1:9000');
  });

  it('read the client secret from a file, and refuse both forms at once', () => {
    const { OPENIORT_OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = BASE;
    const missing = problems({
      ...withoutSecret,
      OPENIORT_OIDC_CLIENT_SECRET_FILE: '/no/such/secret',
    });
    expect(missing.join('\n')).toMatch(
      /OPENIORT_OIDC_CLIENT_SECRET_FILE="\/no\/such\/secret" cannot be read/,
    );
    const both = problems({ ...BASE, OPENIORT_OIDC_CLIENT_SECRET_FILE: '/etc/hostname' });
    expect(both.join('\n')).toMatch(/both set: set only one/);
  });
});
