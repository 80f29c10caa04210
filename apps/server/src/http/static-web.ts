import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { chooseCoding, type Coding } from './accept-encoding.ts';
import { isApiLikeTarget } from './api-path.ts';
import { AppError } from './app-error.ts';
import { loadPrerendered } from './prerendered-pages.ts';
import { loadWebFiles, type WebFile } from './web-files.ts';

/** Vite names every asset after a hash of its content, so a name never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML and unhashed files are revalidated each time (ETag), so an upgrade shows at once. */
const REVALIDATE = 'no-cache';

type AssetParams = { Params: { '*': string } };

/** If-None-Match holds `*` or an entity tag equal to `etag` (weak comparison, RFC 9110 §13.1.2). */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * Sends one file in the coding the client prefers among the precompressed copies, with its own
 * ETag, or 304 when the client already holds those bytes. HEAD gets the same headers (Fastify
 * drops the body and keeps Content-Length).
 */
export function sendWebFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: WebFile,
  cacheControl: string,
  status = 200,
): FastifyReply {
  const available = Object.keys(file.variants) as Coding[];
  const coding = chooseCoding(request.headers['accept-encoding'], available);
  const chosen = file.variants[coding] ?? file.variants.identity;
  reply.header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (status === 200) {
    reply.header('etag', chosen.etag);
    if (notModified(request.headers['if-none-match'], chosen.etag)) return reply.code(304).send();
  }
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return reply.code(status).type(file.contentType).send(chosen.body);
}

/** A first path segment of two letters is a language prefix (`/es/…`), known or not. */
const LANGUAGE_PREFIX = /^\/([a-z]{2})(?:[/?#]|$)/i;

/**
 * Serves the built web client: hashed assets under /assets/, the few unhashed files beside
 * index.html, each public page prerendered at its address (`/`, `/self-check`, `/es/…`), and
 * index.html for any other page path so client-side routes survive a reload. Every public page
 * in every language is prerendered, so an address with a language prefix that is not among them
 * (an unknown language, or no such page) answers 404 with the shell, which shows "page not
 * found" — not English under a wrong address (ADR 0015). Every route declares its access like
 * the API's. Without a build, pages answer 503 with how to build one.
 */
export function registerStaticWeb(app: FastifyInstance, distDir: string): void {
  const built = fs.existsSync(path.join(distDir, 'index.html'));
  const files = built
    ? loadWebFiles(distDir, (message) => {
        app.log.warn(message);
      })
    : new Map<string, WebFile>();
  const shell = files.get('index.html');
  const warn = (message: string) => {
    app.log.warn(message);
  };
  const prerendered = loadPrerendered(distDir, files, warn);

  app.get<AssetParams>('/assets/*', { config: { access: 'public' } }, (request, reply) => {
    const file = files.get(`assets/${request.params['*']}`);
    if (file === undefined) throw new AppError('not-found', 'There is no such file.');
    return sendWebFile(request, reply, file, IMMUTABLE);
  });
  for (const [name, file] of files) {
    if (name.includes('/') || name === 'index.html') continue;
    app.get(`/${name}`, { config: { access: 'public' } }, (request, reply) =>
      sendWebFile(request, reply, file, REVALIDATE),
    );
  }

  for (const [address, file] of prerendered.pages) {
    app.get(address, { config: { access: 'public' } }, (request, reply) =>
      sendWebFile(request, reply, file, REVALIDATE),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isApiLikeTarget(request.url) &&
      !request.url.startsWith('/assets/');
    if (!isPage) {
      throw new AppError('not-found', `Nothing here answers ${request.method} for this path.`);
    }
    if (shell === undefined) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The OpenIORT web client is not built yet. Run `npm start` (it builds it) or `npm run build`.',
        );
    }
    const underLanguage = prerendered.pages.size > 0 && LANGUAGE_PREFIX.test(request.url);
    return sendWebFile(request, reply, shell, REVALIDATE, underLanguage ? 404 : 200);
  });
}
