import { describe, expect, it } from 'vitest';
import { fieldChanges } from './audit-diff.ts';

describe('fieldChanges', () => {
  it('lists every field with before, after and whether it changed', () => {
    expect(
      fieldChanges({ mrn: 'A', phone: null }, { mrn: 'A', phone: '+1 555', version: 2 }),
    ).toEqual([
      { field: 'mrn', before: 'A', after: 'A', changed: false },
      { field: 'phone', before: 'empty', after: '+1 555', changed: true },
      { field: 'version', before: '—', after: '2', changed: true },
    ]);
  });

  it('compares nothing when neither side is an object', () => {
    expect(fieldChanges(null, null)).toBeNull();
    expect(fieldChanges(null, { a: 1 })).toEqual([
      { field: 'a', before: '—', after: '1', changed: true },
    ]);
  });
});
