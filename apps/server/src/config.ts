import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAuditKeySettings, type AuditKeySettings } from './audit/audit-key-settings.ts';
import { parseDatabaseUrl, type DatabaseTarget } from './db/database-url.ts';
import { parseOidcSettings, type OidcSettings } from './sso/oidc-settings.ts';

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Minutes without a request after which a session ends. */
  idleTimeoutMinutes: number;
  /** Hours after sign-in after which a session ends, however active. */
  sessionMaxHours: number;
  /** Fastify trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies. */
  trustProxy: boolean | number | string[];
  /** Origin browsers use to reach us (e.g. https://iort.example.org), when behind a proxy. */
  publicOrigin: string | null;
  /** Signing attempts (password re-entry) allowed per signer per 15 minutes, per instance. */
  loginAttemptsPerWindow: number;
  /** Failed sign-ins for one email within the window that lock it. */
  loginFailuresPerAccount: number;
  /** Failed sign-ins from one client address within the window after which it is refused. */
  loginFailuresPerAddress: number;
  /** How far back failed sign-ins are counted. */
  loginFailureWindowMinutes: number;
  /** How long an account stays locked after too many failures (an administrator can unlock). */
  accountLockMinutes: number;
  /** Public candidacy self-checks allowed per client address per 15 minutes. */
  selfChecksPerWindow: number;
  logLevel: string;
  webDistDir: string;
  /** Where the audit chain's HMAC key and checkpoint signing key come from. */
  audit: AuditKeySettings;
  /** Hospital single sign-on (OPENIORT_OIDC_*), or null when not configured. */
  oidc: OidcSettings | null;
  /** Printed at the top of every report (OPENIORT_HOSPITAL_NAME). */
  hospitalName: string;
  /** Paper of printed reports unless a request asks for the other (OPENIORT_REPORT_PAPER). */
  reportPaper: 'a4' | 'letter';
  /** The program's name and how to reach it, printed on patient handouts (OPENIORT_PROGRAM_CONTACT). */
  programContact: string;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The web client's build output, wherever the server is started from. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and checks every setting at once, so a bad start names every bad variable, what it held
 * and what is allowed. Documented in the README's configuration table.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(
        `${name}="${raw}" must be a whole number from ${String(min)} to ${String(max)}`,
      );
      return fallback;
    }
    return value;
  };

  const databaseUrl = get('DATABASE_URL') ?? 'sqlite:./data/openiort.db';
  let database: DatabaseTarget = { dialect: 'sqlite', filename: ':memory:' };
  try {
    database = parseDatabaseUrl(databaseUrl, cwd);
  } catch (error) {
    problems.push(`DATABASE_URL ${(error as Error).message}`);
  }

  const logLevel = get('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL="${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const publicOrigin = get('OPENIORT_PUBLIC_ORIGIN') ?? null;
  if (publicOrigin !== null && !isOrigin(publicOrigin)) {
    problems.push(
      `OPENIORT_PUBLIC_ORIGIN="${publicOrigin}" must be a scheme, host and optional port, such as https://iort.example.org`,
    );
  }

  const reportPaper = (get('OPENIORT_REPORT_PAPER') ?? 'a4').toLowerCase();
  if (reportPaper !== 'a4' && reportPaper !== 'letter') {
    problems.push(`OPENIORT_REPORT_PAPER="${reportPaper}" must be a4 or letter`);
  }

  const config: Config = {
    port: int('PORT', 8080, 1, 65535),
    host: get('HOST') ?? '127.0.0.1',
    database,
    idleTimeoutMinutes: int('OPENIORT_IDLE_TIMEOUT_MINUTES', 15, 1, 240),
    sessionMaxHours: int('OPENIORT_SESSION_MAX_HOURS', 12, 1, 72),
    trustProxy: parseTrustProxy(get('OPENIORT_TRUST_PROXY'), problems),
    publicOrigin,
    loginAttemptsPerWindow: int('OPENIORT_LOGIN_ATTEMPTS_PER_15_MIN', 10, 1, 1000),
    loginFailuresPerAccount: int('OPENIORT_LOGIN_FAILURES_PER_ACCOUNT', 5, 1, 100),
    loginFailuresPerAddress: int('OPENIORT_LOGIN_FAILURES_PER_ADDRESS', 50, 1, 10000),
    loginFailureWindowMinutes: int('OPENIORT_LOGIN_FAILURE_WINDOW_MINUTES', 15, 1, 1440),
    accountLockMinutes: int('OPENIORT_ACCOUNT_LOCK_MINUTES', 15, 1, 1440),
    selfChecksPerWindow: int('OPENIORT_SELF_CHECK_PER_15_MIN', 30, 1, 10000),
    logLevel,
    webDistDir: path.resolve(cwd, get('OPENIORT_WEB_DIST') ?? DEFAULT_WEB_DIST),
    audit: parseAuditKeySettings(get, database, cwd, problems),
    oidc: parseOidcSettings(get, cwd, problems),
    hospitalName: get('OPENIORT_HOSPITAL_NAME') ?? 'Hospital name not set (OPENIORT_HOSPITAL_NAME)',
    reportPaper: reportPaper === 'letter' ? 'letter' : 'a4',
    programContact: parseProgramContact(get('OPENIORT_PROGRAM_CONTACT'), problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * One printable line (a patient reads it on paper): 3 to 160 characters, no control characters,
 * so a stray newline or escape cannot break the handout's layout.
 */
function parseProgramContact(raw: string | undefined, problems: string[]): string {
  if (raw === undefined) return 'Program contact not set (OPENIORT_PROGRAM_CONTACT)';
  const line = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (line.length < 3 || line.length > 160 || /[\u0000-\u001f\u007f]/.test(line)) {
    problems.push(
      'OPENIORT_PROGRAM_CONTACT must be one line of 3 to 160 characters without control characters, e.g. "Breast IORT program, +1 555 0100"',
    );
  }
  return line;
}

function parseTrustProxy(raw: string | undefined, problems: string[]): Config['trustProxy'] {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((s) => s.trim());
  if (entries.every((e) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(e))) return entries;
  problems.push(
    `OPENIORT_TRUST_PROXY="${raw}" must be false, true, a number of proxy hops, or comma-separated proxy addresses/CIDRs`,
  );
  return false;
}
