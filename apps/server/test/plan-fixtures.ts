import type { PlanInputDto, StoredPlan } from '@openiort/contract';
import { SHIPPED_MODELS, type SourceModel } from '@openiort/dosimetry';
import { cliActor } from '../src/cli/cli-context.ts';
import { storeSourceModel } from '../src/dosimetry/source-model-store.ts';
import { browserHeaders, type TestApp } from './test-app.ts';

/** A fictional 45 cc balloon plan, 20 Gy to the surface. */
export const PLAN_INPUT: PlanInputDto = {
  applicator: { type: 'balloon', fillVolumeCc: 45 },
  prescription: { doseGy: 20, to: 'surface' },
  skinDistanceCm: 1.2,
  chestWallDistanceCm: 1.5,
};

export const DEMO_ID = 'demo-50kv-ebx';

/**
 * An invented point source with g = 1 and φan = 1 at every radius and Λ = 1 cGy h⁻¹ U⁻¹: its
 * dose rate is S_K / r² cGy/h, so doses can be checked by hand.
 */
export const FLAT_POINT_MODEL: SourceModel = {
  id: 'test-flat-point',
  name: 'Invented flat point source (tests only)',
  kind: 'electronic-brachytherapy',
  geometry: 'point',
  doseRateConstantCGyPerHPerU: 1,
  radialDoseFunction: { rCm: [0.5, 1, 5], g: [1, 1, 1] },
  provenance: { source: 'invented for tests', clinicalUse: false },
};

/**
 * The demonstration data stored again under another id and marked for clinical use, so tests
 * can sign a plan for treatment. Fiction: no real model is cleared here.
 */
export async function storeClinicalTestModel(t: TestApp): Promise<SourceModel> {
  const demo = SHIPPED_MODELS[0];
  if (demo === undefined) throw new Error('no shipped model');
  const model: SourceModel = {
    ...demo,
    id: 'test-commissioned-ebx',
    name: 'Test commissioned source (fictional)',
    provenance: { source: 'fictional commissioning for tests', clinicalUse: true },
  };
  await storeSourceModel(t.ctx, model, cliActor());
  return model;
}

export function planRequest(
  t: TestApp,
  cookie: string,
  method: 'POST' | 'PUT' | 'GET',
  url: string,
  payload?: unknown,
) {
  return t.app.inject({
    method,
    url,
    headers: browserHeaders(cookie),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export async function createPlanFor(
  t: TestApp,
  cookie: string,
  patientId: string,
  sourceId = DEMO_ID,
  input: unknown = PLAN_INPUT,
): Promise<StoredPlan> {
  const response = await planRequest(t, cookie, 'POST', `/api/patients/${patientId}/plans`, {
    sourceId,
    input,
  });
  if (response.statusCode !== 201) throw new Error(`could not plan: ${response.body}`);
  return response.json<StoredPlan>();
}
