import { z } from 'zod';
import { ROLES } from './roles.ts';
import { displayNameSchema, emailSchema, passwordSchema } from './auth.ts';

export const userCreateSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(ROLES, { error: `Role must be one of ${ROLES.join(', ')}` }),
  password: passwordSchema,
});

export type UserCreate = z.infer<typeof userCreateSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** Set while failed sign-ins keep the account locked. */
  lockedUntil: z.string().nullable(),
  /** 'oidc': made by a sign-in at the identity provider, whose groups decide the role. */
  authSource: z.enum(['local', 'oidc']),
  /** A local administrator who may sign in with a password when password sign-in is off. */
  breakGlass: z.boolean(),
});

export type User = z.infer<typeof userSchema>;

export const userStatusSchema = z.strictObject({
  active: z.boolean({ error: 'active must be true or false' }),
});

export type UserStatusChange = z.infer<typeof userStatusSchema>;

export const userRoleSchema = z.strictObject({
  role: z.enum(ROLES, { error: `Role must be one of ${ROLES.join(', ')}` }),
});

export type UserRoleChange = z.infer<typeof userRoleSchema>;

/** Actions that need no input take none: an empty object or no body at all. */
export const noInputSchema = z.strictObject({}).optional();

/** Shown once to the administrator, who passes it on; the person replaces it at sign-in. */
export interface PasswordResetResult {
  temporaryPassword: string;
}
