import os from 'node:os';
import { openAuditChain } from '../audit/audit-chain-open.ts';
import type { Actor } from '../audit/audit-event.ts';
import { loadAuditKeyring } from '../audit/audit-keyring-load.ts';
import { loadConfig } from '../config.ts';
import type { ServiceContext } from '../context.ts';
import { createDatabase, type DatabaseHandle } from '../db/create-database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../http/app-error.ts';

/** Audit rows written from the command line name the operating-system user who ran it. */
export function cliActor(): Actor {
  return { id: null, email: `cli:${os.userInfo().username}`, role: null, clientAddress: 'cli' };
}

export interface ServiceOptions {
  /** Where to say that a new audit key file was made. */
  stderr?: NodeJS.WritableStream;
  /**
   * Read-only audit commands go on when the key does not match the chain, so that verification
   * can report where and why; every other command stops there.
   */
  tolerateAuditMismatch?: boolean;
  /** False for commands that must use an existing key: they never create the key file. */
  createAuditKey?: boolean;
}

/**
 * Opens the configured database (migrated to the latest schema) for one command, with the audit
 * key resolved exactly as the server resolves it.
 */
export async function withServices<T>(
  env: Record<string, string | undefined>,
  cwd: string,
  work: (ctx: ServiceContext, handle: DatabaseHandle) => Promise<T>,
  options: ServiceOptions = {},
): Promise<T> {
  const config = loadConfig(env, cwd);
  const keys = loadAuditKeyring(config.audit, options.createAuditKey ?? true);
  if (keys.createdKeyFile !== null) {
    options.stderr?.write(
      `Created a new audit key file at ${keys.createdKeyFile}; keep it apart from the database and its backups.\n`,
    );
  }
  const handle = createDatabase(config.database);
  try {
    const migrated = await migrateToLatest(handle);
    const ctx: ServiceContext = {
      db: handle.db,
      dialect: handle.dialect,
      now: () => new Date(),
      config,
      auditKeys: keys.keyring,
    };
    try {
      const keyedFromSeq = await openAuditChain(ctx, migrated);
      if (keyedFromSeq !== null) {
        options.stderr?.write(
          `Audit rows from ${String(keyedFromSeq)} on are keyed; earlier rows keep their SHA-256 hashes.\n`,
        );
      }
    } catch (error) {
      const tolerated =
        options.tolerateAuditMismatch === true &&
        error instanceof AppError &&
        error.code === 'audit-key-mismatch';
      if (!tolerated) throw error;
    }
    return await work(ctx, handle);
  } finally {
    await handle.close();
  }
}
