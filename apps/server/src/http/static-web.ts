import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.ts';

/**
 * Serves the built web client, and index.html for any other GET outside /api so client-side
 * routes survive a reload. Without a build, pages answer 503 with how to build one.
 */
export async function registerStaticWeb(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      wildcard: false,
      maxAge: '1h',
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/');
    if (!isPage) {
      throw new AppError(
        'not-found',
        `No ${request.method} ${request.url.split('?')[0] ?? ''} here.`,
      );
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The OpenIORT web client is not built yet. Run `npm start` (it builds it) or `npm run build`.',
        );
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
