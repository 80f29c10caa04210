import type { ProgramLimitsDto } from '@openiort/contract';

/** Each program limit as people read it: what it does, its unit, and where its default comes from. */
export const LIMIT_ROWS: {
  key: keyof ProgramLimitsDto;
  label: string;
  unit: string;
  meaning: string;
  source: string;
}[] = [
  {
    key: 'minSkinDistanceCm',
    label: 'Minimum skin distance',
    unit: 'cm',
    meaning:
      'Below it a plan is refused, unless a radiation oncologist overrides it with a reason.',
    source: 'Default 0.7 cm: Xoft IORT skin-dose study (unacceptable below 7 mm).',
  },
  {
    key: 'warnSkinDistanceCm',
    label: 'Skin distance warning',
    unit: 'cm',
    meaning: 'Below it a plan carries a warning to check the skin dose.',
    source: 'Default 1.0 cm: at least 1 cm of tissue should cover the applicator.',
  },
  {
    key: 'secondCheckTolerancePercent',
    label: 'Second-check tolerance',
    unit: '%',
    meaning: 'An independent second check further off than this flags the plan for review.',
    source: 'Default 5 %: threshold adopted for secondary dose checks (Acuros BV validation).',
  },
  {
    key: 'strengthTolerancePercent',
    label: 'Measured strength band',
    unit: '%',
    meaning:
      'A measured air-kerma strength further than this from the source’s nominal strength is refused as implausible.',
    source:
      'Default ±20 %: OpenIORT’s own choice, not a published tolerance (the Xoft source varied within 3 % over 50 fractions). Narrow it after commissioning.',
  },
  {
    key: 'outputTolerancePercent',
    label: 'Output check tolerance',
    unit: '%',
    meaning:
      'The output check before a fraction fails when the measured air-kerma strength differs from the expected one by more than this; without a passing check there is no beam-on.',
    source:
      'Default ±5 %: OpenIORT’s own choice — UNCONFIRMED, no published tolerance was found (the Xoft source was stable within 3 % over 50 fractions; well chambers agree at the 1 % level). Set your own after commissioning.',
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
