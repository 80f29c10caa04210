import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:8080 and an SQLite file under ./data', () => {
    const config = loadConfig({}, '/srv/openiort');
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      database: { dialect: 'sqlite', filename: '/srv/openiort/data/openiort.db' },
      idleTimeoutMinutes: 15,
      sessionMaxHours: 12,
      trustProxy: false,
      publicOrigin: null,
      selfChecksPerWindow: 30,
    });
  });

  it('reads the public self-check limit and refuses one out of range', () => {
    expect(loadConfig({ OPENIORT_SELF_CHECK_PER_15_MIN: '5' }, '/').selfChecksPerWindow).toBe(5);
    expect(() => loadConfig({ OPENIORT_SELF_CHECK_PER_15_MIN: '0' }, '/')).toThrow(
      /OPENIORT_SELF_CHECK_PER_15_MIN="0" must be a whole number from 1 to 10000/,
    );
  });

  it('reads the hospital name and report paper, and refuses an unknown paper', () => {
    expect(loadConfig({}, '/')).toMatchObject({ reportPaper: 'a4' });
    expect(loadConfig({}, '/').hospitalName).toMatch(/OPENIORT_HOSPITAL_NAME/);
    const set = loadConfig(
      { OPENIORT_HOSPITAL_NAME: 'Fictional General Hospital', OPENIORT_REPORT_PAPER: 'Letter' },
      '/',
    );
    expect(set).toMatchObject({
      hospitalName: 'Fictional General Hospital',
      reportPaper: 'letter',
    });
    expect(() => loadConfig({ OPENIORT_REPORT_PAPER: 'a3' }, '/')).toThrow(
      /OPENIORT_REPORT_PAPER="a3" must be a4 or letter/,
    );
  });
  it('reads the program contact line for handouts and refuses one that is not a single line', () => {
    expect(loadConfig({}, '/').programContact).toMatch(/OPENIORT_PROGRAM_CONTACT/);
    expect(
      loadConfig({ OPENIORT_PROGRAM_CONTACT: ' Breast IORT program, +1 555 0100 ' }, '/')
        .programContact,
    ).toBe('Breast IORT program, +1 555 0100');
    for (const bad of ['ab', 'two\nlines', 'x'.repeat(161)]) {
      expect(() => loadConfig({ OPENIORT_PROGRAM_CONTACT: bad }, '/')).toThrow(
        /OPENIORT_PROGRAM_CONTACT must be one line of 3 to 160 characters/,
      );
    }
  });

  it('defaults the sign-in limits and refuses ones out of range', () => {
    expect(loadConfig({}, '/')).toMatchObject({
      loginFailuresPerAccount: 5,
      loginFailuresPerAddress: 50,
      loginFailureWindowMinutes: 15,
      accountLockMinutes: 15,
    });
    expect(loadConfig({ OPENIORT_ACCOUNT_LOCK_MINUTES: '60' }, '/').accountLockMinutes).toBe(60);
    expect(() => loadConfig({ OPENIORT_LOGIN_FAILURES_PER_ACCOUNT: '0' }, '/')).toThrow(
      /OPENIORT_LOGIN_FAILURES_PER_ACCOUNT="0" must be a whole number from 1 to 100/,
    );
    expect(() => loadConfig({ OPENIORT_LOGIN_FAILURE_WINDOW_MINUTES: 'soon' }, '/')).toThrow(
      /OPENIORT_LOGIN_FAILURE_WINDOW_MINUTES/,
    );
  });

  it('takes PostgreSQL from DATABASE_URL', () => {
    const url = 'postgres://openiort@db.internal:5432/openiort';
    expect(loadConfig({ DATABASE_URL: url }, '/').database).toEqual({
      dialect: 'postgres',
      connectionString: url,
    });
  });

  it('reads proxy trust as a flag, a hop count or addresses', () => {
    expect(loadConfig({ OPENIORT_TRUST_PROXY: 'true' }, '/').trustProxy).toBe(true);
    expect(loadConfig({ OPENIORT_TRUST_PROXY: '2' }, '/').trustProxy).toBe(2);
    expect(loadConfig({ OPENIORT_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }, '/').trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
    ]);
  });

  it('names every bad variable at once', () => {
    const attempt = () =>
      loadConfig(
        {
          PORT: '0',
          DATABASE_URL: 'oracle://x',
          OPENIORT_PUBLIC_ORIGIN: 'iort.example.org',
          LOG_LEVEL: 'loud',
          OPENIORT_TRUST_PROXY: 'maybe?',
          OPENIORT_SELF_CHECK_PER_15_MIN: 'lots',
        },
        '/',
      );
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of [
        'PORT',
        'DATABASE_URL',
        'OPENIORT_PUBLIC_ORIGIN',
        'LOG_LEVEL',
        'OPENIORT_TRUST_PROXY',
        'OPENIORT_SELF_CHECK_PER_15_MIN',
      ]) {
        expect(problems).toContain(name);
      }
    }
  });
});
