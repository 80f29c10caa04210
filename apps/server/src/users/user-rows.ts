import type { Role, SessionUser, User } from '@openiort/contract';
import type { Selectable } from 'kysely';
import type { UsersTable } from '../db/schema.ts';

/** `lockedUntil`: the end of a running sign-in lock on the account's email, if any. */
export function toUser(row: Selectable<UsersTable>, lockedUntil: string | null = null): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    active: row.active === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_login_at,
    mustChangePassword: row.must_change_password === 1,
    lockedUntil,
    authSource: row.auth_source === 'oidc' ? 'oidc' : 'local',
    breakGlass: row.break_glass === 1,
  };
}

export function toSessionUser(row: Selectable<UsersTable>): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    authSource: row.auth_source === 'oidc' ? 'oidc' : 'local',
  };
}
