import type { ServiceContext } from '../context.ts';
import { createInProcessBus } from './in-process-bus.ts';
import type { LiveBus } from './live-bus.ts';
import { createPostgresBus } from './postgres-bus.ts';

/**
 * The bus that reaches every instance that can share this database: SQLite is one process's
 * file, so in-process is enough; PostgreSQL may serve several instances, so LISTEN/NOTIFY.
 */
export async function liveBusFor(
  ctx: ServiceContext,
  warn: (message: string) => void,
): Promise<LiveBus> {
  const target = ctx.config.database;
  if (ctx.dialect !== 'postgres' || target.dialect !== 'postgres') return createInProcessBus();
  const bus = createPostgresBus({
    connectionString: target.connectionString,
    db: ctx.db,
    onError: warn,
  });
  // Wait for the first LISTEN so no notice is missed after start; give up waiting after 5 s
  // (the listener keeps retrying; subscribers re-read once it is back).
  await Promise.race([bus.ready, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  return bus;
}
