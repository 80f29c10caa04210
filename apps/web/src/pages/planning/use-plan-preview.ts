import type { PlanOutputDto } from '@openiort/contract';
import type { PlanInput, PlanLimits, SourceModel } from '@openiort/dosimetry';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { previewPlan } from './plan-preview.ts';

/** How long typing must pause before the preview is recomputed, ms. */
const DEBOUNCE_MS = 250;

type Computed =
  { key: string; input: PlanInput; result: PlanOutputDto } | { key: string; error: string };

export interface PlanPreview {
  /** The latest computed preview, possibly for earlier values while `updating`. */
  result: PlanOutputDto | null;
  /** The input that preview was computed from. */
  input: PlanInput | null;
  error: string | null;
  /** The values changed since the preview shown was computed. */
  updating: boolean;
}

/**
 * Plans in the browser while the user types, once typing pauses: the same engine as the server,
 * for a preview only (nothing is stored). Null input or model: nothing to preview.
 */
export function usePlanPreview(
  model: SourceModel | undefined,
  input: PlanInput | null,
  limits: PlanLimits,
) {
  const key =
    model === undefined || input === null
      ? null
      : `${model.id}|${JSON.stringify(input)}|${JSON.stringify(limits)}`;
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (key === null || model === undefined || input === null) return;
    const timer = setTimeout(() => {
      try {
        setComputed({ key, input, result: previewPlan(model, input, limits) });
      } catch (error) {
        setComputed({ key, error: errorMessage(error) });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
    // The key stands for model and input: recompute when, and only when, it changes.
  }, [key]);
  const ok = key !== null && computed !== null && 'result' in computed ? computed : null;
  const preview: PlanPreview = {
    result: ok?.result ?? null,
    input: ok?.input ?? null,
    error: key !== null && computed !== null && 'error' in computed ? computed.error : null,
    updating: key !== null && computed?.key !== key,
  };
  return preview;
}
