import { signatureMeaning, type PlanList } from '@openiort/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPatient } from './candidacy-fixtures.ts';
import { DEMO_ID, PLAN_INPUT, createPlanFor, planRequest } from './plan-fixtures.ts';
import {
  browserHeaders,
  createTestApp,
  NO_SUCH_ID,
  TEST_PASSWORD,
  type TestApp,
} from './test-app.ts';
import { testDatabaseKinds, type TestDatabase } from './test-databases.ts';

describe.each(testDatabaseKinds())(
  'every saved version of a plan stays on record, on $name',
  (kind) => {
    let database: TestDatabase;
    let t: TestApp;
    let physicist: string;
    let nurse: string;

    beforeAll(async () => {
      database = await kind.create();
      t = await createTestApp(database);
      physicist = await t.signInAs('medical-physicist');
      nurse = await t.signInAs('nurse');
    });
    afterAll(async () => {
      await t.close();
      await database.drop();
    });

    it('keeps a valid, signed version 1 whole behind a refused version 2', async () => {
      const patient = await addPatient(t, nurse);
      const v1 = await createPlanFor(t, physicist, patient.id);
      const signed = await t.app.inject({
        method: 'POST',
        url: `/api/plans/${v1.id}/signatures`,
        headers: browserHeaders(physicist),
        payload: {
          password: TEST_PASSWORD,
          meaning: signatureMeaning('medical-physicist', true),
          version: 1,
        },
      });
      expect(signed.statusCode).toBe(201);
      const edit = await planRequest(t, physicist, 'PUT', `/api/plans/${v1.id}`, {
        sourceId: DEMO_ID,
        input: { ...PLAN_INPUT, skinDistanceCm: 0.5 },
        version: 1,
      });
      expect(edit.statusCode).toBe(200);

      const versions = await t.app.inject({
        url: `/api/plans/${v1.id}/versions`,
        headers: browserHeaders(nurse),
      });
      expect(versions.statusCode).toBe(200);
      const items = versions.json<PlanList>().items;
      expect(items.map((p) => [p.version, p.output.status])).toEqual([
        [2, 'refused'],
        [1, 'ok'],
      ]);
      const [second, first] = items;
      expect(first?.output).toEqual(v1.output);
      expect(first?.input).toEqual(v1.input);
      expect(first?.signatures.map((s) => s.kind)).toEqual(['physics review']);
      expect(second?.signatures).toEqual([]);

      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .select(['outcome', 'detail'])
        .where('record_id', '=', v1.id)
        .where('action', '=', 'plan.read')
        .execute();
      expect(
        audit.some((a) => a.outcome === 'success' && (a.detail ?? '').includes('"versions":[2,1]')),
      ).toBe(true);
    });

    it('answers 404 for a plan that does not exist', async () => {
      const response = await t.app.inject({
        url: `/api/plans/${NO_SUCH_ID}/versions`,
        headers: browserHeaders(nurse),
      });
      expect(response.statusCode).toBe(404);
    });
  },
);
