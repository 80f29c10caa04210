import {
  CHECKLIST_KEYS,
  checklistTemplateSchema,
  type ChecklistVersion,
  type ChecklistsInForce,
  type ChecklistVersionList,
  type Problem,
} from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLISTS } from '../src/checklists/default-checklists.ts';
import { browserHeaders, createTestApp, problemPaths, type TestApp } from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe('shipped checklists', () => {
  it('are valid templates: WHO 7 + 7 + 5 = 19 items, and the IORT time-out items of the issue', () => {
    for (const template of DEFAULT_CHECKLISTS)
      expect(checklistTemplateSchema.safeParse(template).success).toBe(true);
    expect(DEFAULT_CHECKLISTS.map((t) => t.key)).toEqual([...CHECKLIST_KEYS]);
    const counts = DEFAULT_CHECKLISTS.map((t) => t.items.length);
    expect(counts.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(19);
    const iort = DEFAULT_CHECKLISTS[3]?.items.map((i) => i.id);
    expect(iort).toEqual(
      expect.arrayContaining([
        'patient-and-side',
        'applicator-balloon-size',
        'fill-medium-volume',
        'skin-distance',
        'prescription-read-back',
        'total-time-independent-check',
        'shielding-staff-positions',
        'patient-observation',
        'emergency-stop',
      ]),
    );
    for (const template of DEFAULT_CHECKLISTS)
      for (const item of template.items) expect(item.source, item.id).toMatch(/WHO|IORT/);
  });
});

describe.each(testDatabaseKinds())('checklists API on $name', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;
  let nurse: string;

  beforeAll(async () => {
    database = await kind.create();
    t = await createTestApp(database);
    admin = await t.signInAs('admin');
    nurse = await t.signInAs('nurse');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const get = (cookie: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: browserHeaders(cookie) });
  const post = (cookie: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/checklists/versions',
      headers: browserHeaders(cookie),
      payload: payload as object,
    });
  const inForce = async (key: string) =>
    (await get(nurse, '/api/checklists'))
      .json<ChecklistsInForce>()
      .items.find((v) => v.key === key);

  it('serves the shipped templates as default-1 until a version is saved', async () => {
    const response = await get(nurse, '/api/checklists');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<ChecklistsInForce>();
    expect(items.map((v) => [v.key, v.version, v.status])).toEqual(
      CHECKLIST_KEYS.map((k) => [k, 'default-1', 'default']),
    );
  });

  it('lets the administrator save a new version with stable ids; audited before and after', async () => {
    const before = await inForce('iort-time-out');
    if (before === undefined) throw new Error('no IORT time-out');
    const template = {
      ...before.template,
      items: [
        ...before.template.items,
        {
          id: 'in-vivo-dosimeter',
          text: 'In-vivo dosimeter placed on the skin.',
          passOver: 'with-reason',
        },
      ],
    };
    const response = await post(admin, {
      template,
      basedOn: 'default-1',
      reason: 'Program measures skin dose.',
    });
    expect(response.statusCode, response.body).toBe(201);
    const saved = response.json<ChecklistVersion>();
    expect(saved).toMatchObject({
      key: 'iort-time-out',
      version: 'v1',
      status: 'in-force',
      reason: 'Program measures skin dose.',
    });
    expect(saved.template.items.map((i) => i.id).slice(0, before.template.items.length)).toEqual(
      before.template.items.map((i) => i.id),
    );
    expect((await inForce('iort-time-out'))?.version).toBe('v1');
    expect((await inForce('who-sign-in'))?.version).toBe('default-1');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'checklist.update')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.record_id).toBe('iort-time-out');
    expect(JSON.parse(audit[0]?.before_json ?? 'null')).toMatchObject({ version: 'default-1' });
    expect(JSON.parse(audit[0]?.after_json ?? 'null')).toMatchObject({ version: 'v1' });

    const second = await post(admin, { template, basedOn: 'v1', reason: 'Same again, reviewed.' });
    expect(second.json<ChecklistVersion>().version).toBe('v2');
    const versions = (await get(nurse, '/api/checklists/versions')).json<ChecklistVersionList>()
      .items;
    expect(
      versions.filter((v) => v.key === 'iort-time-out').map((v) => [v.version, v.status]),
    ).toEqual([
      ['v2', 'in-force'],
      ['v1', 'superseded'],
      ['default-1', 'superseded'],
    ]);
  });

  it('refuses a stale edit with 409 and saves nothing', async () => {
    const current = await inForce('who-sign-out');
    if (current === undefined) throw new Error('no sign-out');
    const ok = await post(admin, {
      template: current.template,
      basedOn: 'default-1',
      reason: 'First edit.',
    });
    expect(ok.statusCode).toBe(201);
    const stale = await post(admin, {
      template: current.template,
      basedOn: 'default-1',
      reason: 'Second editor.',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version-conflict');
    expect((await inForce('who-sign-out'))?.version).toBe('v1');
  });

  it('refuses malformed versions by field path, changing nothing', async () => {
    const current = await inForce('who-time-out');
    if (current === undefined) throw new Error('no time-out');
    const cases: [unknown, string[]][] = [
      [{ template: current.template, basedOn: 'default-1' }, ['reason']],
      [
        { template: { ...current.template, key: 'lunch' }, basedOn: 'default-1', reason: 'x' },
        ['template.key'],
      ],
      [
        { template: { ...current.template, items: [] }, basedOn: 'default-1', reason: 'x' },
        ['template.items'],
      ],
      [
        {
          template: {
            ...current.template,
            items: [{ id: 'a', text: 'A', passOver: 'maybe', note: 1 }],
          },
          basedOn: 'default-1',
          reason: 'x',
        },
        ['template.items.0.note', 'template.items.0.passOver'],
      ],
      [
        { template: current.template, basedOn: 'v0', reason: 'x', extra: true },
        ['basedOn', 'extra'],
      ],
      [['not', 'an object'], ['(body)']],
    ];
    for (const [payload, paths] of cases) {
      const response = await post(admin, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(problemPaths(response)).toEqual(paths);
    }
    expect((await inForce('who-time-out'))?.version).toBe('default-1');
  });

  it('lets only the administrator save; everyone clinical reads', async () => {
    const current = await inForce('who-sign-in');
    const refused = await post(nurse, {
      template: current?.template,
      basedOn: 'default-1',
      reason: 'x',
    });
    expect(refused.statusCode).toBe(403);
    expect((await get(admin, '/api/checklists/versions')).statusCode).toBe(200);
  });
});
