import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserHeaders, createTestApp, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())('the user list on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeEach(async () => {
    database = await kind.create();
    t = await createTestApp(database);
  });
  afterEach(async () => {
    await t.close();
    await database.drop();
  });

  it('audits every read of the user list', async () => {
    const cookie = await t.signInAs('admin', 'ada@example.org');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: browserHeaders(cookie),
    });
    expect(response.statusCode).toBe(200);
    const row = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.list')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_email: 'ada@example.org',
      actor_role: 'admin',
      outcome: 'success',
      detail: JSON.stringify({ returned: 1 }),
    });
  });
});
