import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES, type Role } from '@openiort/contract';
import { z } from 'zod';

/** Single sign-on at the hospital's OpenID Connect provider; null when not configured. */
export interface OidcSettings {
  /** OPENIORT_OIDC_ISSUER: the provider's issuer URL, whose discovery document is read. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: https://<openiort>/api/auth/oidc/callback. */
  redirectUrl: string;
  /** Shown on the sign-in button and the signing dialogs ("Sign in with …"). */
  displayName: string;
  scopes: string;
  /** Dot path of the claim carrying the person's groups (`groups`, `realm_access.roles`). */
  groupsClaim: string;
  /** Group (as the claim spells it) → OpenIORT role. */
  roleMap: ReadonlyMap<string, Role>;
  /** Where the provider may send the browser after its own sign-out; null: the sign-in page. */
  postLogoutRedirectUrl: string | null;
  /** How long after re-authenticating at the provider a signature may still use it. */
  reauthenticationSeconds: number;
  /** Ask the provider for the password at every OpenIORT sign-in (shared workstations). */
  promptLogin: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** HTTPS, except on the loopback interface (a provider started by the tests or a developer). */
const secureUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    } catch {
      return false;
    }
  },
  { error: 'must be an https:// URL (http:// only on 127.0.0.1 or localhost)' },
);

const roleMapSchema = z.string().transform((raw, ctx) => {
  const map = new Map<string, Role>();
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const at = entry.lastIndexOf('=');
    const group = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || group === '') {
      ctx.addIssue({ code: 'custom', message: `"${entry}" must be GROUP=ROLE` });
    } else if (!(ROLES as readonly string[]).includes(role)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${entry}": the role must be one of ${ROLES.join(', ')}`,
      });
    } else if (map.has(group)) {
      ctx.addIssue({ code: 'custom', message: `the group "${group}" is mapped twice` });
    } else map.set(group, role as Role);
  }
  if (map.size === 0)
    ctx.addIssue({
      code: 'custom',
      message: 'must map at least one group, such as IORT-Physicists=medical-physicist',
    });
  return map;
});

const schema = z.strictObject({
  OPENIORT_OIDC_ISSUER: secureUrl,
  OPENIORT_OIDC_CLIENT_ID: z.string({ error: 'is required with OPENIORT_OIDC_ISSUER' }).min(1),
  OPENIORT_OIDC_CLIENT_SECRET: z
    .string({
      error: 'is required with OPENIORT_OIDC_ISSUER (or OPENIORT_OIDC_CLIENT_SECRET_FILE)',
    })
    .min(1),
  OPENIORT_OIDC_REDIRECT_URL: secureUrl.refine(
    (value) => URL.canParse(value) && new URL(value).pathname === '/api/auth/oidc/callback',
    { error: 'must end in /api/auth/oidc/callback' },
  ),
  OPENIORT_OIDC_DISPLAY_NAME: z
    .string()
    .max(60, 'must be at most 60 characters')
    .default('hospital sign-in'),
  OPENIORT_OIDC_SCOPES: z
    .string()
    .default('openid profile email')
    .refine((s) => s.split(/\s+/).includes('openid'), { error: 'must include openid' }),
  OPENIORT_OIDC_GROUPS_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:\-/]+(\.[A-Za-z0-9_:\-/]+)*$/, 'must be a claim name or a dot path')
    .default('groups'),
  OPENIORT_OIDC_ROLE_MAP: z
    .string({ error: 'is required with OPENIORT_OIDC_ISSUER' })
    .pipe(roleMapSchema),
  OPENIORT_OIDC_POST_LOGOUT_REDIRECT_URL: secureUrl.optional(),
  OPENIORT_OIDC_REAUTH_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(30, 'must be at least 30')
    .max(900, 'must be at most 900')
    .default(300),
  OPENIORT_OIDC_PROMPT_LOGIN: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true'),
});

const NAMES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

/**
 * Reads the OPENIORT_OIDC_* variables. Nothing set: single sign-on is off. Anything set: the
 * whole group is checked and every problem is named with its variable.
 */
export function parseOidcSettings(
  get: (name: string) => string | undefined,
  cwd: string,
  problems: string[],
): OidcSettings | null {
  const secretFile = get('OPENIORT_OIDC_CLIENT_SECRET_FILE');
  const raw: Record<string, string> = {};
  for (const name of NAMES) {
    const value = get(name);
    if (value !== undefined) raw[name] = value;
  }
  if (Object.keys(raw).length === 0 && secretFile === undefined) return null;
  if (secretFile !== undefined) {
    if (raw.OPENIORT_OIDC_CLIENT_SECRET !== undefined)
      problems.push(
        'OPENIORT_OIDC_CLIENT_SECRET and OPENIORT_OIDC_CLIENT_SECRET_FILE are both set: set only one',
      );
    try {
      raw.OPENIORT_OIDC_CLIENT_SECRET = readFileSync(path.resolve(cwd, secretFile), 'utf8').trim();
    } catch (error) {
      problems.push(
        `OPENIORT_OIDC_CLIENT_SECRET_FILE="${secretFile}" cannot be read: ${(error as Error).message}`,
      );
      return null;
    }
  }
  if (raw.OPENIORT_OIDC_ISSUER === undefined) {
    problems.push(
      `OPENIORT_OIDC_ISSUER is required when any of ${[...NAMES.filter((n) => n in raw), ...(secretFile === undefined ? [] : ['OPENIORT_OIDC_CLIENT_SECRET_FILE'])].join(', ')} is set`,
    );
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      // Never echo the secret back into a log.
      const shown =
        name === 'OPENIORT_OIDC_CLIENT_SECRET' || raw[name] === undefined ? '' : `="${raw[name]}"`;
      problems.push(`${name}${shown} ${issue.message}`);
    }
    return null;
  }
  const v = parsed.data;
  return {
    issuer: v.OPENIORT_OIDC_ISSUER,
    clientId: v.OPENIORT_OIDC_CLIENT_ID,
    clientSecret: v.OPENIORT_OIDC_CLIENT_SECRET,
    // Normalised (a default port dropped) as openid-client sends it to the token endpoint, so
    // the authorisation request carries the same redirect_uri.
    redirectUrl: new URL(v.OPENIORT_OIDC_REDIRECT_URL).href,
    displayName: v.OPENIORT_OIDC_DISPLAY_NAME,
    scopes: v.OPENIORT_OIDC_SCOPES,
    groupsClaim: v.OPENIORT_OIDC_GROUPS_CLAIM,
    roleMap: v.OPENIORT_OIDC_ROLE_MAP,
    postLogoutRedirectUrl: v.OPENIORT_OIDC_POST_LOGOUT_REDIRECT_URL ?? null,
    reauthenticationSeconds: v.OPENIORT_OIDC_REAUTH_SECONDS,
    promptLogin: v.OPENIORT_OIDC_PROMPT_LOGIN === 'true',
  };
}
