import type { SourceModelSummary } from '@openiort/contract';
import {
  DEFAULT_SOURCE_MODEL_ID,
  DEMONSTRATION_LABEL,
  shippedModel,
  type SourceModel,
} from '@openiort/dosimetry';

/**
 * The model's data, when the browser has them: the models shipped with OpenIORT are part of the
 * engine package; imported models live on the server only (no preview, no isodose plot).
 */
export function browserModel(id: string): SourceModel | undefined {
  return shippedModel(id);
}

/** The model a new plan starts with: the default demonstration line model when listed. */
export function defaultModelId(models: readonly SourceModelSummary[]): string {
  return (models.find((m) => m.id === DEFAULT_SOURCE_MODEL_ID) ?? models[0])?.id ?? '';
}

/** The nominal S_K of the model, U, when known (from the list or the shipped data). */
export function nominalStrengthU(summary: SourceModelSummary | undefined): number | undefined {
  if (summary === undefined) return undefined;
  const listed = (summary as SourceModelSummary & { nominalAirKermaStrengthU?: number })
    .nominalAirKermaStrengthU;
  return listed ?? browserModel(summary.id)?.nominalAirKermaStrengthU;
}

/** The label to show for a model not cleared for clinical use; null for a clinical one. */
export function demonstrationLabel(summary: SourceModelSummary | undefined): string | null {
  if (summary === undefined || summary.clinicalUse) return null;
  return summary.demonstrationLabel ?? DEMONSTRATION_LABEL;
}
