import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { auditKeyFromText } from './audit-key.ts';
import { loadAuditKeyring } from './audit-keyring-load.ts';

describe('loadAuditKeyring', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'openiort-keyring-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
  const settings = (env: Record<string, string> = {}) => loadConfig(env, root).audit;

  it('creates a random key file (0600, in a 0700 folder) beside the data directory, once', () => {
    const first = loadAuditKeyring(settings());
    const keyFile = path.join(root, 'openiort-keys', 'audit.key');
    expect(first.createdKeyFile).toBe(keyFile);
    expect(first.source).toBe(keyFile);
    expect(path.dirname(path.dirname(keyFile))).toBe(path.dirname(path.join(root, 'data')));
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(keyFile)).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const again = loadAuditKeyring(settings());
    expect(again.createdKeyFile).toBeNull();
    expect(again.keyring.current.id).toBe(first.keyring.current.id);
  });

  it('never creates a key where only an existing one will do (verification)', () => {
    expect(() => loadAuditKeyring(settings(), false)).toThrow(/does not exist/);
    expect(fs.existsSync(path.join(root, 'openiort-keys'))).toBe(false);
  });

  it('puts the keys beside the folder of DATABASE_URL, not inside it', () => {
    const loaded = loadAuditKeyring(settings({ DATABASE_URL: 'sqlite:./srv/db/openiort.db' }));
    expect(loaded.createdKeyFile).toBe(path.join(root, 'srv', 'openiort-keys', 'audit.key'));
  });

  it('takes OPENIORT_AUDIT_KEY as it is and creates nothing', () => {
    const key = 'x'.repeat(40);
    const loaded = loadAuditKeyring(settings({ OPENIORT_AUDIT_KEY: key }));
    expect(loaded).toMatchObject({ source: 'OPENIORT_AUDIT_KEY', createdKeyFile: null });
    expect(loaded.keyring.current.id).toBe(auditKeyFromText(key).id);
    expect(fs.existsSync(path.join(root, 'openiort-keys'))).toBe(false);
  });

  it('reads earlier keys from the setting and from the previous-keys file', () => {
    const keyFile = path.join(root, 'audit.key');
    fs.writeFileSync(keyFile, `${'c'.repeat(32)}\n`);
    fs.writeFileSync(`${keyFile}.previous`, `# rotated 2026\n${'b'.repeat(32)}\n\n`);
    const loaded = loadAuditKeyring(
      settings({ OPENIORT_AUDIT_KEY_FILE: keyFile, OPENIORT_AUDIT_PREVIOUS_KEYS: 'a'.repeat(32) }),
    );
    expect(loaded.keyring.previous.map((k) => k.id)).toEqual([
      auditKeyFromText('a'.repeat(32)).id,
      auditKeyFromText('b'.repeat(32)).id,
    ]);
  });

  it('refuses a missing explicit key file, a short key, and both settings at once', () => {
    expect(() => loadAuditKeyring(settings({ OPENIORT_AUDIT_KEY_FILE: 'nope.key' }))).toThrow(
      /does not exist/,
    );
    fs.writeFileSync(path.join(root, 'short.key'), 'too short\n');
    expect(() => loadAuditKeyring(settings({ OPENIORT_AUDIT_KEY_FILE: 'short.key' }))).toThrow(
      ConfigError,
    );
    expect(() => settings({ OPENIORT_AUDIT_KEY: 'short' })).toThrow(/at least 32 characters/);
    expect(() =>
      settings({ OPENIORT_AUDIT_KEY: 'k'.repeat(32), OPENIORT_AUDIT_KEY_FILE: 'a.key' }),
    ).toThrow(/set only one/);
  });
});
