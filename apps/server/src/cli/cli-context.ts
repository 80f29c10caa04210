import os from 'node:os';
import type { Actor } from '../audit/audit-event.ts';
import { loadConfig } from '../config.ts';
import type { ServiceContext } from '../context.ts';
import { createDatabase, type DatabaseHandle } from '../db/create-database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** Audit rows written from the command line name the operating-system user who ran it. */
export function cliActor(): Actor {
  return { id: null, email: `cli:${os.userInfo().username}`, role: null, clientAddress: 'cli' };
}

/** Opens the configured database (migrated to the latest schema) for one command. */
export async function withServices<T>(
  env: Record<string, string | undefined>,
  cwd: string,
  work: (ctx: ServiceContext, handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const config = loadConfig(env, cwd);
  const handle = createDatabase(config.database);
  try {
    await migrateToLatest(handle);
    return await work(
      { db: handle.db, dialect: handle.dialect, now: () => new Date(), config },
      handle,
    );
  } finally {
    await handle.close();
  }
}
