import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isApiLikeTarget } from './api-path.ts';
import { AppError } from './app-error.ts';

/** Vite names every asset after a hash of its content, so a name never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The HTML shell and unhashed files are revalidated each time, so an upgrade shows at once. */
const REVALIDATE = 'no-cache';

type AssetParams = { Params: { '*': string } };

/**
 * Serves the built web client: hashed assets under /assets/, the few unhashed files beside
 * index.html, and index.html for any other page path so client-side routes survive a reload.
 * Every route declares its access like the API's. Without a build, pages answer 503 with how to
 * build one.
 */
export async function registerStaticWeb(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    // Only reply.sendFile: the routes below are ours, each with its access rule.
    await app.register(fastifyStatic, { root: distDir, serve: false });
    const assetsDir = path.join(distDir, 'assets');
    app.get<AssetParams>('/assets/*', { config: { access: 'public' } }, (request, reply) =>
      reply
        .header('cache-control', IMMUTABLE)
        .sendFile(request.params['*'], assetsDir, { cacheControl: false }),
    );
    for (const entry of fs.readdirSync(distDir, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name === 'index.html') continue;
      app.get(`/${entry.name}`, { config: { access: 'public' } }, (_request, reply) =>
        reply.header('cache-control', REVALIDATE).sendFile(entry.name, { cacheControl: false }),
      );
    }
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApiLikeTarget(request.url) &&
      !request.url.startsWith('/assets/');
    if (!isPage) {
      throw new AppError('not-found', `Nothing here answers ${request.method} for this path.`);
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The OpenIORT web client is not built yet. Run `npm start` (it builds it) or `npm run build`.',
        );
    }
    return reply
      .header('cache-control', REVALIDATE)
      .sendFile('index.html', { cacheControl: false });
  });
}
