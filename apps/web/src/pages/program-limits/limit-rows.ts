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
];
