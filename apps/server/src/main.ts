import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** Composition root: configuration from the environment, then the server, then signal handling. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`OpenIORT cannot start.\n${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer(config);
  server.app.log.info(
    { url: server.url, database: server.database.dialect },
    `OpenIORT is listening on ${server.url}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      server.app.log.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
}

main().catch((error: unknown) => {
  console.error('OpenIORT failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
