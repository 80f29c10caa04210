import type { Role } from '@openiort/contract';
import type { OidcSettings } from './oidc-settings.ts';

/** What OpenIORT takes from a validated ID token (and, for groups, the UserInfo answer). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  /** null when the groups claim is absent or not a list of strings. */
  groups: string[] | null;
  /** The provider's auth_time, when it sent one. */
  authTime: Date | null;
}

export type RoleDecision =
  | { kind: 'role'; role: Role; group: string }
  | { kind: 'none' }
  | { kind: 'ambiguous'; roles: Role[] };

/** Reads a claim by dot path: `groups`, or `realm_access.roles` (Keycloak realm roles). */
export function claimAt(claims: Record<string, unknown>, dotPath: string): unknown {
  let value: unknown = claims;
  for (const key of dotPath.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function groupsOf(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((g) => typeof g === 'string')) return value;
  return null;
}

/**
 * The role the person's groups give, decided afresh at every sign-in. Groups that map to two
 * different roles are refused rather than resolved by an order of precedence: roles are not
 * ranked (a physicist and an oncologist sign different things), so any rule would silently give
 * someone duties they were not meant to have. The provider's administrators fix the groups.
 */
export function decideRole(
  groups: readonly string[] | null,
  roleMap: OidcSettings['roleMap'],
): RoleDecision {
  const matches = (groups ?? []).flatMap((group) => {
    const role = roleMap.get(group);
    return role === undefined ? [] : [{ group, role }];
  });
  const roles = [...new Set(matches.map((m) => m.role))];
  const first = matches[0];
  if (first === undefined) return { kind: 'none' };
  if (roles.length > 1) return { kind: 'ambiguous', roles: roles.sort() };
  return { kind: 'role', role: first.role, group: first.group };
}

/** An email from the `email` claim, or an email-shaped `preferred_username` (Entra ID's UPN). */
export function emailOf(claims: Record<string, unknown>): string | null {
  for (const key of ['email', 'preferred_username']) {
    const value = claims[key];
    if (
      typeof value === 'string' &&
      /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) &&
      value.length <= 254
    )
      return value.trim().toLowerCase();
  }
  return null;
}

export function nameOf(claims: Record<string, unknown>): string | null {
  const name = claims.name;
  if (typeof name === 'string' && name.trim() !== '') return name.trim().slice(0, 100);
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const joined = `${given} ${family}`.trim();
  return joined === '' ? null : joined.slice(0, 100);
}
