import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../src/http/security-headers.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';
import { decodeBody, FIXTURE, makeWebDist, type WebDistFixture } from './web-dist-fixture.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SCRIPT = '/assets/app-Ab12Cd34.js';

/** Serving the web build does not touch the database: SQLite alone is enough. */
const sqlite = testDatabaseKinds().filter((kind) => kind.name === 'sqlite');

describe.each(sqlite)('the web build, served ($name)', (kind) => {
  let database: TestDatabase;
  let dist: WebDistFixture;
  let t: TestApp;

  beforeAll(async () => {
    database = await kind.create();
    dist = makeWebDist();
    t = await createTestApp(database, { OPENIORT_WEB_DIST: dist.dir });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
    dist.remove();
  });

  const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    t.app.inject({ method, url, headers });

  /** The answer is whole: length as sent, content as the original once decoded. */
  function expectIntact(response: LightMyRequestResponse, original: string | Buffer) {
    expect(response.statusCode).toBe(200);
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    expect(decodeBody(response.rawPayload, response.headers['content-encoding'])).toEqual(
      Buffer.from(original),
    );
  }

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('Accept-Encoding %j → Content-Encoding %s', async (acceptEncoding, encoding) => {
    const response = await get(
      SCRIPT,
      acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    );
    expectIntact(response, FIXTURE.script);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toBe('accept-encoding');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    if (encoding !== undefined)
      expect(response.rawPayload.length).toBeLessThan(FIXTURE.script.length / 4);
  });

  it.each([
    ['weight above 1', 'br;q=2'],
    ['weights that are not numbers', 'br;q=abc, gzip;q=-1'],
    ['nothing acceptable', '*;q=0'],
    ['identity refused', 'identity;q=0'],
    ['separators only', ',,,;;;'],
    ['bytes outside ASCII', '\u00ff\u00fe'],
    ['2,000 unknown codings', `${'x-unknown;q=0.9, '.repeat(2_000)}br`],
    ['two weights', 'br;q=1;q=0'],
    ['spaces everywhere', 'gzip;q=0.5 , * ; q = 0.7'],
  ])(
    'answers a hostile Accept-Encoding (%s) with whole, decodable content',
    async (_label, value) => {
      for (const url of [SCRIPT, '/', '/favicon.svg']) {
        const response = await get(url, { 'accept-encoding': value });
        const original =
          url === SCRIPT ? FIXTURE.script : url === '/' ? FIXTURE.shell : FIXTURE.favicon;
        expectIntact(response, original);
        expect([undefined, 'br', 'gzip']).toContain(response.headers['content-encoding']);
      }
    },
  );

  it('gives each coding its own ETag and answers 304 only for the bytes the client holds', async () => {
    const br = await get(SCRIPT, { 'accept-encoding': 'br' });
    const gzip = await get(SCRIPT, { 'accept-encoding': 'gzip' });
    const plain = await get(SCRIPT);
    const tags = [br, gzip, plain].map((r) => r.headers.etag);
    expect(new Set(tags).size).toBe(3);
    const brTag = String(br.headers.etag);
    for (const ifNoneMatch of [brTag, `W/${brTag}`, `"other", ${brTag}`, '*']) {
      const again = await get(SCRIPT, { 'accept-encoding': 'br', 'if-none-match': ifNoneMatch });
      expect(again.statusCode, ifNoneMatch).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      expect(again.headers.etag).toBe(brTag);
      expect(again.headers['cache-control']).toBe(IMMUTABLE);
      expect(again.headers.vary).toBe('accept-encoding');
    }
    // The brotli tag does not vouch for the gzip bytes.
    const other = await get(SCRIPT, { 'accept-encoding': 'gzip', 'if-none-match': brTag });
    expectIntact(other, FIXTURE.script);
    expect(other.headers['content-encoding']).toBe('gzip');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const url of [
      SCRIPT,
      '/',
      '/app/patients/123',
      '/favicon.svg',
      '/assets/app-Ef56Gh78.css',
    ]) {
      for (const acceptEncoding of ['br', 'gzip', 'identity']) {
        const headers = { 'accept-encoding': acceptEncoding };
        const full = await get(url, headers);
        const head = await get(url, headers, 'HEAD');
        const what = `HEAD ${url} (${acceptEncoding})`;
        expect(head.statusCode, what).toBe(200);
        expect(head.rawPayload.length, what).toBe(0);
        for (const name of [
          'content-length',
          'content-type',
          'content-encoding',
          'etag',
          'cache-control',
          'vary',
        ]) {
          expect(head.headers[name], `${what}: ${name}`).toBe(full.headers[name]);
        }
      }
    }
    const cached = await get('/', { 'accept-encoding': 'br' });
    const revalidated = await get(
      '/',
      { 'accept-encoding': 'br', 'if-none-match': String(cached.headers.etag) },
      'HEAD',
    );
    expect(revalidated.statusCode).toBe(304);
  });

  it('serves the HTML shell for every page path with no-cache, and revalidates it', async () => {
    for (const url of [
      '/',
      '/signin',
      '/app',
      '/app/patients/123/plans',
      '/index.html',
      '/a/b/c?x=1',
    ]) {
      const response = await get(url, { 'accept-encoding': 'gzip, br' });
      expectIntact(response, FIXTURE.shell);
      expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-encoding'], url).toBe('br');
      const again = await get(url, {
        'accept-encoding': 'gzip, br',
        'if-none-match': String(response.headers.etag),
      });
      expect(again.statusCode, url).toBe(304);
    }
  });

  it('revalidates unhashed files beside the shell and keeps hashed assets a year', async () => {
    const favicon = await get('/favicon.svg', { 'accept-encoding': 'br' });
    expectIntact(favicon, FIXTURE.favicon);
    expect(favicon.headers['content-type']).toBe('image/svg+xml');
    expect(favicon.headers['cache-control']).toBe('no-cache');
    const style = await get('/assets/app-Ef56Gh78.css', { 'accept-encoding': 'gzip' });
    expectIntact(style, FIXTURE.style);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(style.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('sends files that do not compress as they are', async () => {
    const image = await get('/assets/logo-Ij90Kl12.png', { 'accept-encoding': 'br, gzip' });
    expectIntact(image, FIXTURE.image);
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('never sends a compressed copy that does not match its file', async () => {
    const response = await get('/assets/stale-Mn34Op56.js', { 'accept-encoding': 'br, gzip' });
    expectIntact(response, FIXTURE.script);
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('answers 404 problem+json for missing assets, build stamps and compressed copies by name', async () => {
    for (const url of [
      '/assets/missing-00000000.js',
      '/assets/app-Ab12Cd34.js.br',
      '/assets/..%2findex.html',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/',
    ]) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const stamp = await get('/.source-hash');
    expect(stamp.body).not.toContain('not served');
  });

  it('sends the security headers with every file', async () => {
    for (const url of [SCRIPT, '/', '/favicon.svg']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers[name], `${url}: ${name}`).toBe(value);
      }
    }
  });
});

describe.each(sqlite)('without a web build ($name)', (kind) => {
  it('answers page paths 503 with how to build, and API paths 404', async () => {
    const database = await kind.create();
    const t = await createTestApp(database, { OPENIORT_WEB_DIST: '/nonexistent/openiort-dist' });
    try {
      const page = await t.app.inject({ url: '/self-check' });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('npm run build');
      const asset = await t.app.inject({ url: SCRIPT });
      expect(asset.statusCode).toBe(404);
    } finally {
      await t.close();
      await database.drop();
    }
  });
});

const page = (name: string) =>
  `<!doctype html><html lang="x"><body><div id="root"><h1>${name}</h1></div></body></html>\n${'<p>filler</p>'.repeat(50)}`;

/** A build with prerendered pages for two languages, as scripts/prerender.ts writes them. */
function prerenderedDist(): WebDistFixture {
  const pages: Record<string, string> = {
    '/': 'pages/index.html',
    '/self-check': 'pages/self-check.html',
    '/es': 'pages/es/index.html',
    '/es/self-check': 'pages/es/self-check.html',
  };
  const files = Object.fromEntries(
    Object.entries(pages).map(([address, file]) => [file, page(address)]),
  );
  return makeWebDist({
    ...files,
    '.prerendered.json': JSON.stringify({ languages: ['en', 'es'], pages }),
  });
}

describe.each(sqlite)('prerendered public pages ($name)', (kind) => {
  let database: TestDatabase;
  let dist: WebDistFixture;
  let t: TestApp;

  beforeAll(async () => {
    database = await kind.create();
    dist = prerenderedDist();
    t = await createTestApp(database, { OPENIORT_WEB_DIST: dist.dir });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
    dist.remove();
  });

  it.each([
    ['/', '/'],
    ['/self-check', '/self-check'],
    ['/self-check/', '/self-check'],
    ['/self-check?from=home', '/self-check'],
    ['/es', '/es'],
    ['/es/', '/es'],
    ['/es/self-check', '/es/self-check'],
  ])(
    '%s → the page prerendered for %s, no-cache, compressed, revalidated',
    async (url, address) => {
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await t.app.inject({ method, url, headers: { 'accept-encoding': 'br' } });
        expect(response.statusCode, `${method} ${url}`).toBe(200);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-encoding']).toBe('br');
        expect(response.headers.vary).toBe('accept-encoding');
        if (method === 'GET')
          expect(decodeBody(response.rawPayload, 'br').toString()).toBe(page(address));
        const again = await t.app.inject({
          method,
          url,
          headers: { 'accept-encoding': 'br', 'if-none-match': String(response.headers.etag) },
        });
        expect(again.statusCode).toBe(304);
      }
    },
  );

  it('answers an unknown language, or a page no language has, 404 with the shell (never English in disguise)', async () => {
    for (const url of [
      '/xx',
      '/xx/self-check',
      '/zz/',
      '/es/no-such-page',
      '/ES/self-check',
      '/en/x',
    ]) {
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await t.app.inject({
          method,
          url,
          headers: { 'accept-encoding': 'gzip' },
        });
        const what = `${method} ${url}`;
        expect(response.statusCode, what).toBe(404);
        expect(response.headers['content-type'], what).toBe('text/html; charset=utf-8');
        expect(response.headers['cache-control'], what).toBe('no-cache');
        expect(response.headers.etag, what).toBeUndefined();
        if (method === 'GET')
          expect(
            decodeBody(response.rawPayload, response.headers['content-encoding']).toString(),
          ).toBe(FIXTURE.shell);
      }
    }
  });

  it('keeps the shell for the app and staff pages, and never serves a prerendered file by its own name', async () => {
    for (const url of [
      '/signin',
      '/setup',
      '/app',
      '/app/patients/123',
      '/pages/index.html',
      '/pages/es/index.html',
    ]) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(FIXTURE.shell);
    }
  });

  it('registers every prerendered address as a public GET route', () => {
    const pages = t.routes.filter((route) =>
      ['/', '/self-check', '/es', '/es/self-check'].includes(route.url),
    );
    expect(pages.filter((route) => route.method === 'GET')).toHaveLength(4);
    for (const route of pages) expect(route.access).toBe('public');
  });
});

describe.each(sqlite)('a prerender manifest that does not check out ($name)', (kind) => {
  it.each([
    ['not JSON', '{'],
    ['an unknown key', JSON.stringify({ languages: ['en'], pages: {}, extra: 1 })],
    [
      'an address that is not a path',
      JSON.stringify({ languages: ['en'], pages: { 'http://x': 'pages/index.html' } }),
    ],
    [
      'a file not in the build',
      JSON.stringify({ languages: ['en'], pages: { '/': 'pages/missing.html' } }),
    ],
  ])('%s: pages get the shell, the server still starts', async (_label, manifest) => {
    const database = await kind.create();
    const dist = makeWebDist({ '.prerendered.json': manifest });
    const t = await createTestApp(database, { OPENIORT_WEB_DIST: dist.dir });
    try {
      const response = await t.app.inject({ url: '/' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(FIXTURE.shell);
    } finally {
      await t.close();
      await database.drop();
      dist.remove();
    }
  });
});
