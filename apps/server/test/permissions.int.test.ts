import { PERMISSION_MATRIX, ROLES, isAllowed, type Problem, type Role } from '@openiort/contract';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAccessControl, type RegisteredRoute } from '../src/http/access-control.ts';
import { registerRequestInput } from '../src/http/request-input.ts';
import { pathVariants } from './path-variants.ts';
import { browserHeaders, createTestApp, NO_SUCH_ID, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

/** A concrete URL: an id that exists nowhere, in the id format, so allowed requests reach the handler. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, NO_SUCH_ID);

const PROBLEM = /^application\/problem\+json/;
/** What a request the matrix forbids may answer: refused, or not found under that spelling. */
const REFUSED_ANONYMOUS = [400, 401, 404, 414];
const REFUSED_ROLE = [400, 403, 404, 414];

describe('permission matrix', () => {
  it('lists every role for every action it grants, and only known roles', () => {
    for (const roles of Object.values(PERMISSION_MATRIX)) {
      for (const role of roles) expect(ROLES).toContain(role);
    }
  });

  it('spells each path in many ways, all different', () => {
    const urls = pathVariants('/api/users').map((v) => v.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBeGreaterThan(15);
    expect(pathVariants('/api/plans/x').map((v) => v.url)).toContain(
      '/%61%70%69/%70%6C%61%6E%73/%78',
    );
    expect(urls).toContain('/%61pi/users');
    expect(urls).toContain('/%61%70%69/users');
    expect(urls).toContain('/%2561pi/users');
    expect(urls).toContain('http://localhost:80/api/users');
  });
});

describe.each(testDatabaseKinds())('every route enforces the matrix on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    for (const role of ROLES) cookies.set(role, await t.signInAs(role));
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const apiRoutes = () => t.routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');

  it('declares an access rule on every route; routes outside /api only serve pages', () => {
    expect(t.routes.length).toBeGreaterThan(10);
    for (const route of t.routes) {
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
      if (!route.url.startsWith('/api/')) {
        expect(['GET', 'HEAD'], `${route.method} ${route.url}`).toContain(route.method);
        expect(route.access, `${route.method} ${route.url}`).toBe('public');
      }
    }
  });

  it('leaves only the sign-in, set-up, health and self-check routes public', () => {
    const open = apiRoutes()
      .filter((r) => r.access === 'public')
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

  it('refuses to register any route that has no access rule, or an undeclared path parameter', async () => {
    const app = Fastify();
    registerAccessControl(app, t.ctx);
    registerRequestInput(app);
    expect(() => app.get('/api/forgotten', () => 'x')).toThrow(/must declare config.access/);
    expect(() => app.get('/a-page', () => 'x')).toThrow(/must declare config.access/);
    expect(() =>
      app.get('/api/things/:thingName', { config: { access: 'public' } }, () => 'x'),
    ).toThrow(/no declared format/);
    await app.close();
  });

  /** Sends one spelling of a route as `role` (or nobody) and checks it against the matrix. */
  async function check(route: RegisteredRoute, url: string, label: string, role: Role | null) {
    const response = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers: browserHeaders(role === null ? undefined : cookies.get(role)),
      ...(route.method === 'GET' ? {} : { payload: {} }),
    });
    const what = `${role ?? 'anonymous'} ${route.method} ${url} (${label}, route ${route.url})`;
    expect(response.statusCode, what).toBeLessThan(500);
    if (response.statusCode >= 400) expect(response.headers['content-type'], what).toMatch(PROBLEM);
    expect(response.headers['cache-control'], what).toBe('no-store');
    const access = route.access;
    if (access === 'public') return response.statusCode;
    if (role === null) expect(REFUSED_ANONYMOUS, what).toContain(response.statusCode);
    else if (!isAllowed(role, access)) {
      expect(REFUSED_ROLE, what).toContain(response.statusCode);
      if (response.statusCode === 403)
        expect(response.json<Problem>().code, what).toBe('forbidden');
    }
    return response.statusCode;
  }

  it('does nothing the matrix forbids, for every route, role and spelling of the path', async () => {
    let requests = 0;
    let reachedUnderAnotherSpelling = 0;
    for (const route of apiRoutes()) {
      const action = route.access;
      const canonical = concrete(route.url);
      // The canonical spelling answers exactly as the matrix says.
      if (action !== 'public') {
        expect(await check(route, canonical, 'canonical', null), `anonymous ${canonical}`).toBe(
          401,
        );
        for (const role of ROLES) {
          const status = await check(route, canonical, 'canonical', role);
          if (isAllowed(role, action))
            expect([401, 403], `${role} ${canonical}`).not.toContain(status);
          else expect(status, `${role} ${canonical}`).toBe(403);
        }
      }
      // Every other spelling, by everyone at once.
      const checks = pathVariants(canonical)
        .slice(1)
        .flatMap((variant) =>
          // Public routes answer everyone alike; sending them as each role would sign the role
          // out (POST /api/auth/logout).
          (action === 'public' ? [null] : [null, ...ROLES]).map(async (role) => {
            const status = await check(route, variant.url, variant.label, role);
            if (role === null && status === 401) reachedUnderAnotherSpelling += 1;
          }),
        );
      requests += checks.length + 1 + ROLES.length;
      await Promise.all(checks);
    }
    // The encodings really reach routes (so the refusals above are the guard's, not the router's).
    console.log(
      `permissions: ${String(requests)} requests over ${String(apiRoutes().length)} routes; ${String(reachedUnderAnotherSpelling)} re-spelled anonymous requests reached a guarded route and were refused 401`,
    );
    expect(reachedUnderAnotherSpelling).toBeGreaterThan(apiRoutes().length);
    expect(requests).toBeGreaterThan(1000);
    // Every route × role × spelling: grows with the routes, so it gets more than the default minute.
  }, 180_000);

  it('records no successful change by nobody', async () => {
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('actor_id', 'is', null)
      .where('actor_email', 'is', null)
      .where('outcome', '=', 'success')
      .execute();
    expect(rows).toEqual([]);
  });

  it('answers 404 problem+json for API-like paths that match no route, never the page shell', async () => {
    const paths = [
      '/api/nothing-here',
      '/api',
      '/API/users',
      '/Api/patients',
      '/%61pi/nothing',
      '/%2561pi/nothing',
      '//api/nothing',
      '/x/../api/nothing',
      '/api/users/extra/segments',
      'http://localhost:80/api/nothing',
      '/api/nothing?x=1',
    ];
    for (const url of paths) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const) {
        const response = await t.app.inject({
          method,
          url,
          headers: browserHeaders(cookies.get('admin')),
        });
        const what = `${method} ${url}`;
        expect(response.statusCode, what).toBe(404);
        expect(response.headers['content-type'], what).toMatch(PROBLEM);
        expect(response.headers['cache-control'], what).toBe('no-store');
        expect(response.body, what).not.toContain('nothing');
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
