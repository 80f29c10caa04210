import type { SourceModel } from '../source-model.ts';
import { validateSourceModel } from '../validate-source-model.ts';
import demo from './demo-50kv-ebx.json' with { type: 'json' };
import demoLine from './demo-50kv-ebx-line.json' with { type: 'json' };

/** Models that ship with OpenIORT, checked on load like any imported model. */
function load(input: unknown): SourceModel {
  const checked = validateSourceModel(input);
  if (!checked.ok)
    throw new Error(
      `shipped source model is invalid: ${checked.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    );
  return checked.model;
}

export const SHIPPED_MODELS: readonly SourceModel[] = [load(demo), load(demoLine)];

/**
 * The model the planning page and the README examples start from: the anisotropic
 * demonstration line source (scripts/demo-line-source.ts says how its numbers were made).
 */
export const DEFAULT_SOURCE_MODEL_ID = 'demo-50kv-ebx-line';

/** Label shown wherever a model not cleared for clinical use appears. */
export const DEMONSTRATION_LABEL =
  'Demonstration source model — commission with your vendor data; not for clinical use.';

export function shippedModel(id: string): SourceModel | undefined {
  return SHIPPED_MODELS.find((m) => m.id === id);
}
