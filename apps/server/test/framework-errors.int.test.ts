import net from 'node:net';
import type { Problem } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../src/http/security-headers.ts';
import { browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** A marker placed in each request, which no answer may echo. */
const MARKER = 'zqxmarker';

/** Writes raw bytes to the server and returns everything it answers before closing. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => {
      resolve(answer);
    });
    socket.on('error', reject);
    socket.write(bytes);
  });
}

describe.each(testDatabaseKinds())('framework errors on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    port = address.port;
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const cases: {
    label: string;
    status: number;
    code: string;
    send: () => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;
  }[] = [
    {
      label: 'bad percent-encoding in the path',
      status: 400,
      code: 'validation-failed',
      send: () => t.app.inject({ url: `/api/patients/%zz${MARKER}` }),
    },
    {
      label: 'a path segment longer than any id',
      status: 414,
      code: 'uri-too-long',
      send: () => t.app.inject({ url: `/api/patients/${MARKER}${'a'.repeat(300)}` }),
    },
    {
      label: 'a body over the limit',
      status: 413,
      code: 'payload-too-large',
      send: () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { ...browserHeaders(), 'content-type': 'application/json' },
          payload: JSON.stringify({ email: MARKER, password: 'x'.repeat(400_000) }),
        }),
    },
    {
      label: 'a body that is not JSON',
      status: 400,
      code: 'validation-failed',
      send: () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { ...browserHeaders(), 'content-type': 'application/json' },
          payload: `{"email": "${MARKER}"`,
        }),
    },
    {
      label: 'a body in another format',
      status: 415,
      code: 'unsupported-media-type',
      send: () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { ...browserHeaders(), 'content-type': 'text/plain' },
          payload: MARKER,
        }),
    },
    {
      label: 'a body nested far deeper than any form',
      status: 400,
      code: 'validation-failed',
      send: () =>
        t.app.inject({
          method: 'POST',
          url: '/api/self-check',
          headers: { ...browserHeaders(), 'content-type': 'application/json' },
          payload: `${'['.repeat(20_000)}"${MARKER}"${']'.repeat(20_000)}`,
        }),
    },
    {
      label: 'a JSON body that poisons the prototype',
      status: 400,
      code: 'validation-failed',
      send: () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { ...browserHeaders(), 'content-type': 'application/json' },
          payload: `{"__proto__": {"admin": "${MARKER}"}}`,
        }),
    },
  ];

  it.each(cases)(
    'answers $label with problem+json, the security headers and no-store',
    async (c) => {
      const response = await c.send();
      expect(response.statusCode).toBe(c.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['cache-control']).toBe('no-store');
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers[name], name).toBe(value);
      expect(JSON.parse(response.body) as Problem).toMatchObject({
        status: c.status,
        code: c.code,
      });
      expect(response.body).not.toContain(MARKER);
    },
  );

  it('answers an unparseable request line with problem+json and never echoes it', async () => {
    const answer = await rawExchange(port, `GET /${MARKER} HTTP/1.1 junk\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
    expect(answer.toLowerCase()).toContain('cache-control: no-store');
    expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(answer).not.toContain(MARKER);
  });

  it('answers headers larger than the server accepts with 431 problem+json', async () => {
    const answer = await rawExchange(
      port,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${MARKER}${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
    expect(answer).not.toContain(MARKER);
  });

  it('stays healthy afterwards', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
