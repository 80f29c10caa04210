import { randomBytes } from 'node:crypto';
import { ConfigError } from '../config.ts';
import { auditKeyFromText, MIN_AUDIT_KEY_LENGTH, type AuditKeyring } from './audit-key.ts';
import type { AuditKeySettings } from './audit-key-settings.ts';
import { createSecretFile, readOptionalFile } from './secret-file.ts';

export interface LoadedAuditKeyring {
  keyring: AuditKeyring;
  /** Where the current key came from, for messages ("OPENIORT_AUDIT_KEY" or a file path). */
  source: string;
  /** The key file this call created, so the caller can say where it is; null otherwise. */
  createdKeyFile: string | null;
}

/** 32 random bytes as base64url: 43 characters. */
export function newAuditKeyText(): string {
  return randomBytes(32).toString('base64url');
}

function checkedKey(text: string, where: string): string {
  const key = text.trim();
  if (key.length < MIN_AUDIT_KEY_LENGTH) {
    throw new ConfigError([
      `${where} must hold a key of at least ${String(MIN_AUDIT_KEY_LENGTH)} characters`,
    ]);
  }
  return key;
}

/** Keys a line each; blank lines and lines starting with # are skipped. */
export function parsePreviousKeys(text: string, where: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => checkedKey(line, where));
}

/**
 * The audit keyring as the server and the CLI both resolve it: OPENIORT_AUDIT_KEY, else the key
 * file (created with a random key on first use when it is the default one and `create` allows:
 * verifying never makes a key), plus any earlier keys.
 */
export function loadAuditKeyring(settings: AuditKeySettings, create = true): LoadedAuditKeyring {
  let createdKeyFile: string | null = null;
  let text = settings.key;
  if (text === null) {
    let stored = readOptionalFile(settings.keyFile);
    if (stored === undefined && settings.createKeyFile && create) {
      if (createSecretFile(settings.keyFile, `${newAuditKeyText()}\n`)) {
        createdKeyFile = settings.keyFile;
      }
      stored = readOptionalFile(settings.keyFile);
    }
    if (stored === undefined) {
      throw new ConfigError([
        `The audit key file ${settings.keyFile} does not exist (set OPENIORT_AUDIT_KEY or OPENIORT_AUDIT_KEY_FILE to the key this database was written with)`,
      ]);
    }
    text = checkedKey(stored, `The audit key file ${settings.keyFile}`);
  }
  const previousText = readOptionalFile(settings.previousKeysFile) ?? '';
  const previous = [
    ...settings.previousKeys,
    ...parsePreviousKeys(previousText, `The previous-keys file ${settings.previousKeysFile}`),
  ].map(auditKeyFromText);
  return {
    keyring: { current: auditKeyFromText(text), previous },
    source: settings.key === null ? settings.keyFile : 'OPENIORT_AUDIT_KEY',
    createdKeyFile,
  };
}
