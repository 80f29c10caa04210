import { DEFAULT_PROGRAM_CRITERIA, OPTIONAL_RISK_TRIGGER_IDS } from '@openiort/guidelines';
import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../../i18n/clinician-i18n.ts';
import {
  TRIGGER_LABELS,
  criteriaToFormValues,
  formValuesToCriteria,
  sortCriteriaErrors,
} from './criteria-form-values.ts';

describe('program criteria form values', () => {
  it('round-trips the defaults without their version', () => {
    const { version: _version, ...input } = DEFAULT_PROGRAM_CRITERIA;
    expect(formValuesToCriteria(criteriaToFormValues(DEFAULT_PROGRAM_CRITERIA))).toEqual({
      ok: true,
      criteria: input,
    });
  });

  it('parses the thresholds and names what is not allowed', () => {
    const values = criteriaToFormValues(DEFAULT_PROGRAM_CRITERIA);
    const changed = formValuesToCriteria({ ...values, minAgeExclusiveYears: ' 55 ' });
    expect(changed.ok && changed.criteria.minAgeExclusiveYears).toBe(55);
    const wrong = formValuesToCriteria({
      ...values,
      minAgeExclusiveYears: 'sixty',
      maxSizeExclusiveMm: '500',
      histologies: [],
    });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.errors.minAgeExclusiveYears).toMatch(/^Must be a number from 18 to 100/);
    expect(wrong.errors.maxSizeExclusiveMm).toMatch(/^Must be a number from 1 to 100/);
    expect(wrong.errors.histologies).toMatch(/^Must list at least one/);
  });

  it('puts server errors on their fields', () => {
    expect(
      sortCriteriaErrors([
        { path: 'criteria.histologies', message: 'must list at least one' },
        { path: '(criteria)', message: 'must be a JSON object' },
      ]),
    ).toEqual({
      fields: { histologies: 'Must list at least one' },
      other: ['must be a JSON object'],
    });
  });

  it('has a readable label for every optional trigger', () => {
    const { t } = createClinicianI18n();
    for (const id of OPTIONAL_RISK_TRIGGER_IDS) {
      expect(t(TRIGGER_LABELS[id])).not.toBe(TRIGGER_LABELS[id]);
      expect(t(TRIGGER_LABELS[id])).not.toBe('');
    }
  });
});
