import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { createDatabase, type DatabaseHandle } from './db/create-database.ts';
import { migrateToLatest } from './db/migrate.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close: () => Promise<void>;
}

/** Opens the database, applies migrations, and listens. Used by main.ts and by end-to-end tests. */
export async function startServer(
  config: Config,
  now: () => Date = () => new Date(),
): Promise<RunningServer> {
  const database = createDatabase(config.database);
  try {
    await migrateToLatest(database);
    const { app } = await buildApp(
      { db: database.db, dialect: database.dialect, now, config },
      { logger: config.logLevel === 'silent' ? false : { level: config.logLevel } },
    );
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
