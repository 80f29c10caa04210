import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { ConfigError } from '../config.ts';
import type { AuditKeySettings } from './audit-key-settings.ts';
import { createSecretFile, readOptionalFile } from './secret-file.ts';

export interface CheckpointSigningKey {
  privateKey: KeyObject;
  /** Base64 SPKI DER, as checkpoints carry it. */
  publicKey: string;
  /** The key file this call created, or null. */
  createdFile: string | null;
}

export const publicKeyText = (key: KeyObject): string =>
  createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');

/**
 * The Ed25519 key that signs checkpoints, kept outside the database like the HMAC key. With
 * `create`, a missing file is made on first use (0600); verifying never creates one.
 */
export function loadCheckpointSigningKey(
  settings: AuditKeySettings,
  create: boolean,
): CheckpointSigningKey {
  const file = settings.signingKeyFile;
  let createdFile: string | null = null;
  let pem = readOptionalFile(file);
  if (pem === undefined && create) {
    const { privateKey } = generateKeyPairSync('ed25519');
    const text = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    if (createSecretFile(file, text)) createdFile = file;
    pem = readOptionalFile(file);
  }
  if (pem === undefined) {
    throw new ConfigError([
      `OPENIORT_AUDIT_SIGNING_KEY_FILE: no checkpoint signing key at ${file} (the first "openiort audit checkpoint" creates it)`,
    ]);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new ConfigError([`${file} is not a private key in PEM: ${(error as Error).message}`]);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError([
      `${file} must hold an Ed25519 key, not ${String(privateKey.asymmetricKeyType)}`,
    ]);
  }
  return { privateKey, publicKey: publicKeyText(privateKey), createdFile };
}
