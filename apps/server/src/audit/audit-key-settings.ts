import path from 'node:path';
import type { DatabaseTarget } from '../db/database-url.ts';
import { MIN_AUDIT_KEY_LENGTH } from './audit-key.ts';

/** Where the audit keys come from; read from the environment by loadConfig, no file touched. */
export interface AuditKeySettings {
  /** OPENIORT_AUDIT_KEY, when the HMAC key is given directly. */
  key: string | null;
  /** OPENIORT_AUDIT_KEY_FILE, or the default file in `keysDir`. */
  keyFile: string;
  /** True for the default key file: it is created with a random key when missing. */
  createKeyFile: boolean;
  /** OPENIORT_AUDIT_PREVIOUS_KEYS: earlier keys, comma-separated, for older segments. */
  previousKeys: string[];
  /** OPENIORT_AUDIT_PREVIOUS_KEYS_FILE (one key a line), default `<keyFile>.previous`. */
  previousKeysFile: string;
  /**
   * OPENIORT_AUDIT_SIGNING_KEY_FILE: Ed25519 key (PKCS#8 PEM) that signs checkpoints, made by the
   * first `openiort audit checkpoint` when missing.
   */
  signingKeyFile: string;
}

/**
 * Keys live beside the data directory, never inside it, so a copy or backup of the data
 * directory does not carry the key that protects it: `./data/openiort.db` → `./openiort-keys/`.
 * Without a local data directory (PostgreSQL) they live in the working directory's `openiort-keys/`.
 */
export function defaultKeysDir(database: DatabaseTarget, cwd: string): string {
  if (database.dialect === 'sqlite' && database.filename !== ':memory:') {
    return path.join(path.dirname(path.dirname(database.filename)), 'openiort-keys');
  }
  return path.join(cwd, 'openiort-keys');
}

export function parseAuditKeySettings(
  get: (name: string) => string | undefined,
  database: DatabaseTarget,
  cwd: string,
  problems: string[],
): AuditKeySettings {
  const keysDir = defaultKeysDir(database, cwd);
  const key = get('OPENIORT_AUDIT_KEY') ?? null;
  const keyFile = get('OPENIORT_AUDIT_KEY_FILE');
  if (key !== null && key.length < MIN_AUDIT_KEY_LENGTH) {
    problems.push(
      `OPENIORT_AUDIT_KEY must be at least ${String(MIN_AUDIT_KEY_LENGTH)} characters (it has ${String(key.length)})`,
    );
  }
  if (key !== null && keyFile !== undefined) {
    problems.push('OPENIORT_AUDIT_KEY and OPENIORT_AUDIT_KEY_FILE are both set: set only one');
  }
  const previousKeys = (get('OPENIORT_AUDIT_PREVIOUS_KEYS') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (previousKeys.some((k) => k.length < MIN_AUDIT_KEY_LENGTH)) {
    problems.push(
      `OPENIORT_AUDIT_PREVIOUS_KEYS: each key must be at least ${String(MIN_AUDIT_KEY_LENGTH)} characters`,
    );
  }
  const resolvedKeyFile =
    keyFile === undefined ? path.join(keysDir, 'audit.key') : path.resolve(cwd, keyFile);
  const previousFile = get('OPENIORT_AUDIT_PREVIOUS_KEYS_FILE');
  const signingFile = get('OPENIORT_AUDIT_SIGNING_KEY_FILE');
  return {
    key,
    keyFile: resolvedKeyFile,
    createKeyFile: key === null && keyFile === undefined,
    previousKeys,
    previousKeysFile:
      previousFile === undefined ? `${resolvedKeyFile}.previous` : path.resolve(cwd, previousFile),
    signingKeyFile:
      signingFile === undefined
        ? path.join(keysDir, 'audit-signing-key.pem')
        : path.resolve(cwd, signingFile),
  };
}
