import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library defaults (19 MiB memory, 2 passes, 1 lane), the first of OWASP's
 * recommended argon2id settings (OWASP Password Storage Cheat Sheet).
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Checked when the email is unknown, so a wrong email costs as much time as a wrong password. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('not-a-real-password-only-for-timing');
  return dummyHash;
}
