import { PERMISSION_MATRIX, ROLES, isAllowed, type Problem } from '@openiort/contract';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAccessControl } from '../src/http/access-control.ts';
import { browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** A concrete URL for a route pattern (":id" → an id that does not exist; 404 is past the guard). */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, 'no-such-record');

describe('permission matrix', () => {
  it('lists every role for every action it grants, and only known roles', () => {
    for (const roles of Object.values(PERMISSION_MATRIX)) {
      for (const role of roles) expect(ROLES).toContain(role);
    }
  });
});

describe.each(testDatabaseKinds())('every route enforces the matrix on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    for (const role of ROLES) cookies.set(role, await t.signInAs(role));
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('declares an access rule on every API route; other routes only serve pages', () => {
    expect(t.routes.length).toBeGreaterThan(10);
    for (const route of t.routes) {
      if (route.url.startsWith('/api/'))
        expect(route.access, `${route.method} ${route.url}`).toBeDefined();
      else expect(['GET', 'HEAD'], `${route.method} ${route.url}`).toContain(route.method);
    }
  });

  it('leaves only the sign-in, set-up, health and self-check routes public', () => {
    const open = t.routes
      .filter((r) => r.access === 'public' && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual(
      [
        'GET /api/health',
        'GET /api/setup',
        'POST /api/setup',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/self-check',
        'GET /api/self-check/criteria',
      ].sort(),
    );
  });

  it('refuses to register an API route that has no access rule', async () => {
    const app = Fastify();
    registerAccessControl(app, t.ctx);
    expect(() => app.get('/api/forgotten', () => 'x')).toThrow(/must declare config.access/);
    await app.close();
  });

  it('answers 401 without a session and 403 or passes for each role, as the matrix says', async () => {
    const guarded = t.routes.filter(
      (r) => r.access !== undefined && r.access !== 'public' && r.method !== 'HEAD',
    );
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const action = route.access;
      if (action === undefined || action === 'public') continue;
      const request = {
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      };
      const anonymous = await t.app.inject({ ...request, headers: browserHeaders() });
      expect(anonymous.statusCode, `anonymous ${route.method} ${route.url}`).toBe(401);

      for (const role of ROLES) {
        const response = await t.app.inject({
          ...request,
          headers: browserHeaders(cookies.get(role)),
        });
        const label = `${role} ${route.method} ${route.url}`;
        if (isAllowed(role, action)) {
          expect(response.statusCode, label).not.toBe(401);
          expect(response.statusCode, label).not.toBe(403);
        } else {
          expect(response.statusCode, label).toBe(403);
          expect(response.json<Problem>().code, label).toBe('forbidden');
        }
      }
    }
  });

  it('audits denied access', async () => {
    await t.app.inject({ url: '/api/audit', headers: browserHeaders(cookies.get('nurse')) });
    const denied = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'access.denied')
      .execute();
    expect(denied.some((row) => row.actor_role === 'nurse' && row.outcome === 'denied')).toBe(true);
  });
});
