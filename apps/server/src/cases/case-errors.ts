import { AppError } from '../http/app-error.ts';
import type { Refusal } from './case-pathway.ts';

export function noCase(caseId: string): AppError {
  return new AppError('not-found', `No case with id ${caseId}.`);
}

/** A pathway rule refused the step: 409 step-refused, with the stable `reason`. */
export function stepRefused(refusal: Refusal): AppError {
  return new AppError('step-refused', refusal.detail, { extra: { reason: refusal.reason } });
}

/** The record was saved by someone else since the editor loaded it. */
export function staleRecord(what: string, edited: number, current: number): AppError {
  return new AppError(
    'version-conflict',
    `The ${what} was changed by someone else (you edited version ${String(edited)}, the saved version is ${String(current)}). Nothing was overwritten; reload to see their changes.`,
    { extra: { currentVersion: current } },
  );
}
