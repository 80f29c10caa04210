import type { Role, SessionUser, User } from '@openiort/contract';
import type { Selectable } from 'kysely';
import type { UsersTable } from '../db/schema.ts';

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export function toSessionUser(row: Selectable<UsersTable>): SessionUser {
  return { id: row.id, email: row.email, displayName: row.display_name, role: row.role as Role };
}
