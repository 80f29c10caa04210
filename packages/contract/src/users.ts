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
});

export type User = z.infer<typeof userSchema>;
