import type { ProgramLimitsDto } from '@openiort/contract';

/**
 * Each program limit as people read it: what it does, its unit, and where its default comes from.
 * The words are clinician strings (`programLimits.rows.…`), here as their keys.
 */
export const LIMIT_ROWS: {
  key: keyof ProgramLimitsDto;
  label: string;
  unit: string;
  meaning: string;
  source: string;
}[] = [
  {
    key: 'minSkinDistanceCm',
    label: 'programLimits.rows.minSkinDistanceCm.label',
    unit: 'cm',
    meaning: 'programLimits.rows.minSkinDistanceCm.meaning',
    source: 'programLimits.rows.minSkinDistanceCm.source',
  },
  {
    key: 'warnSkinDistanceCm',
    label: 'programLimits.rows.warnSkinDistanceCm.label',
    unit: 'cm',
    meaning: 'programLimits.rows.warnSkinDistanceCm.meaning',
    source: 'programLimits.rows.warnSkinDistanceCm.source',
  },
  {
    key: 'secondCheckTolerancePercent',
    label: 'programLimits.rows.secondCheckTolerancePercent.label',
    unit: '%',
    meaning: 'programLimits.rows.secondCheckTolerancePercent.meaning',
    source: 'programLimits.rows.secondCheckTolerancePercent.source',
  },
  {
    key: 'strengthTolerancePercent',
    label: 'programLimits.rows.strengthTolerancePercent.label',
    unit: '%',
    meaning: 'programLimits.rows.strengthTolerancePercent.meaning',
    source: 'programLimits.rows.strengthTolerancePercent.source',
  },
  {
    key: 'outputTolerancePercent',
    label: 'programLimits.rows.outputTolerancePercent.label',
    unit: '%',
    meaning: 'programLimits.rows.outputTolerancePercent.meaning',
    source: 'programLimits.rows.outputTolerancePercent.source',
  },
  {
    key: 'reportableDeviationPercent',
    label: 'Reportable-event threshold',
    unit: '%',
    meaning:
      'A delivered dose that differs from the prescribed one by this much or more flags the treatment record as a possible reportable event.',
    source:
      'Default 20 %: a total dose 20 % or more off the prescribed one is a medical event (10 CFR 35.3045) or reportable (25 Pa. Code §219.3). It may be set lower, never above 20 %.',
  },
];
