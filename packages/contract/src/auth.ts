import { z } from 'zod';
import { ROLES } from './roles.ts';

/** Long passphrases beat complex short ones (NIST SP 800-63B §5.1.1): length only, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string({ error: 'Password is required' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${String(PASSWORD_MIN_LENGTH)} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${String(PASSWORD_MAX_LENGTH)} characters`);

export const emailSchema = z
  .string({ error: 'Email is required' })
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('Email must be a valid address'));

export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z
    .string({ error: 'Password is required' })
    .min(1, 'Password is required')
    .max(PASSWORD_MAX_LENGTH),
});

export type LoginInput = z.infer<typeof loginSchema>;

export const displayNameSchema = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(100, 'Name must be at most 100 characters');

/** The one-time set-up form that creates the first administrator. */
export const setupSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});

export type SetupInput = z.infer<typeof setupSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** 'oidc': signs in and re-authenticates at the hospital's identity provider. */
  authSource: z.enum(['local', 'oidc']),
});

export type SessionUser = z.infer<typeof sessionUserSchema>;

export interface MeResponse {
  user: SessionUser;
  /** True after an administrator's reset: only the password change and sign-out are open. */
  mustChangePassword: boolean;
  /** Minutes of inactivity after which the server ends the session. */
  idleTimeoutMinutes: number;
}

export interface SetupStatus {
  needsSetup: boolean;
}

/** Everyone's own password change; the current password proves it is the person at the keyboard. */
export const passwordChangeSchema = z
  .strictObject({
    currentPassword: z
      .string({ error: 'Current password is required' })
      .min(1, 'Current password is required')
      .max(PASSWORD_MAX_LENGTH),
    newPassword: passwordSchema,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'The new password must differ from the current one',
  });

export type PasswordChange = z.infer<typeof passwordChangeSchema>;
