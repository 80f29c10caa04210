import fs from 'node:fs';
import { auditKeyFromText, MIN_AUDIT_KEY_LENGTH } from '../audit/audit-key.ts';
import { loadAuditKeyring, newAuditKeyText } from '../audit/audit-keyring-load.ts';
import { rotateAuditKey } from '../audit/audit-rotate.ts';
import { createSecretFile } from '../audit/secret-file.ts';
import { loadConfig } from '../config.ts';
import { cliActor, withServices } from './cli-context.ts';
import type { Command } from './commands.ts';

/** The old key joins the previous-keys file (created 0600), so older segments stay verifiable. */
function keepPreviousKey(file: string, keyText: string): void {
  if (!createSecretFile(file, `${keyText}\n`)) fs.appendFileSync(file, `${keyText}\n`);
}

/**
 * Starts a new segment of the audit chain under a new HMAC key (docs/adr/0010). With a key file,
 * a random key replaces it and the old key is kept in the previous-keys file; with
 * OPENIORT_AUDIT_KEY the operator supplies the new key as OPENIORT_AUDIT_NEW_KEY and updates the
 * settings of every instance afterwards.
 */
export const auditRotateKeyCommand: Command = async (_args, io) => {
  const config = loadConfig(io.env, io.cwd);
  const settings = config.audit;
  const given = io.env.OPENIORT_AUDIT_NEW_KEY?.trim();
  if (given !== undefined && given.length < MIN_AUDIT_KEY_LENGTH) {
    io.stderr.write(
      `OPENIORT_AUDIT_NEW_KEY must be at least ${String(MIN_AUDIT_KEY_LENGTH)} characters. Nothing was changed.\n`,
    );
    return 2;
  }
  if (settings.key !== null && given === undefined) {
    io.stderr.write(
      'The audit key is set in OPENIORT_AUDIT_KEY, which this command cannot change. Set OPENIORT_AUDIT_NEW_KEY to the new key ' +
        '(at least 32 characters) and run it again, or keep the key in a file (OPENIORT_AUDIT_KEY_FILE). Nothing was changed.\n',
    );
    return 2;
  }
  const oldKeyText = loadAuditKeyring(settings, false).keyring.current.secret.toString('utf8');
  const newKeyText = given ?? newAuditKeyText();
  const next = auditKeyFromText(newKeyText);
  const nextFile = `${settings.keyFile}.next`;
  const usesFile = settings.key === null;
  if (usesFile && !createSecretFile(nextFile, `${newKeyText}\n`)) {
    io.stderr.write(
      `${nextFile} exists: an earlier rotation was interrupted. If "openiort audit verify" fails with the current key, ` +
        `the rotation was recorded: rename ${nextFile} to ${settings.keyFile}. Otherwise delete ${nextFile}. Nothing was changed.\n`,
    );
    return 2;
  }
  // Once the rotation row is committed the new key must survive whatever happens next, so the
  // `.next` file is removed only when the database refused the rotation.
  const state = { committed: false };
  try {
    const rotation = await withServices(
      io.env,
      io.cwd,
      async (ctx) => {
        // Only now, with the head checked against the old key, is the old key worth keeping.
        if (usesFile) keepPreviousKey(settings.previousKeysFile, oldKeyText);
        const done = await rotateAuditKey(ctx, next, cliActor());
        state.committed = true;
        return done;
      },
      { stderr: io.stderr },
    );
    if (usesFile) fs.renameSync(nextFile, settings.keyFile);
    io.stdout.write(
      `Audit key rotated at row ${String(rotation.seq)}: key ${rotation.previousKeyId} → ${rotation.keyId}.\n` +
        (usesFile
          ? `The new key is in ${settings.keyFile}; the old one was added to ${settings.previousKeysFile} (needed to verify rows before ${String(rotation.seq)}).\n`
          : 'Now set OPENIORT_AUDIT_KEY to the new key and add the old one to OPENIORT_AUDIT_PREVIOUS_KEYS on every instance.\n') +
        'Restart every instance that shares this database: until then their audited writes are refused.\n',
    );
    return 0;
  } finally {
    if (usesFile && !state.committed) fs.rmSync(nextFile, { force: true });
  }
};
