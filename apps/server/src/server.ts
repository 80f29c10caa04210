import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { openAuditChain } from './audit/audit-chain-open.ts';
import { loadAuditKeyring } from './audit/audit-keyring-load.ts';
import type { Config } from './config.ts';
import type { ServiceContext } from './context.ts';
import { createDatabase, type DatabaseHandle } from './db/create-database.ts';
import { migrateToLatest } from './db/migrate.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close: () => Promise<void>;
}

/**
 * Resolves the audit key, opens the database, applies migrations, checks the key against the
 * audit chain, and listens. Used by main.ts and by end-to-end tests.
 */
export async function startServer(
  config: Config,
  now: () => Date = () => new Date(),
): Promise<RunningServer> {
  const keys = loadAuditKeyring(config.audit);
  const database = createDatabase(config.database);
  try {
    const migrated = await migrateToLatest(database);
    const ctx: ServiceContext = {
      db: database.db,
      dialect: database.dialect,
      now,
      config,
      auditKeys: keys.keyring,
    };
    const keyedFromSeq = await openAuditChain(ctx, migrated);
    const { app } = await buildApp(ctx, {
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    });
    if (keys.createdKeyFile !== null) {
      app.log.warn(
        { auditKeyFile: keys.createdKeyFile, auditKeyId: keys.keyring.current.id },
        `Created a new audit key file at ${keys.createdKeyFile}. Keep it apart from the database and its backups; without it the audit trail cannot be verified.`,
      );
    }
    if (keyedFromSeq !== null) {
      app.log.warn(
        { keyedFromSeq },
        `Audit rows before ${String(keyedFromSeq)} keep their SHA-256 hashes; rows from ${String(keyedFromSeq)} on are keyed. This happens once, on upgrading: at any other time it means the chain was tampered with.`,
      );
    }
    const url = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      database,
      url,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
