import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTERS, toAuditFilters } from './audit-filter-values.ts';

describe('toAuditFilters', () => {
  it('leaves blank filters out', () => {
    expect(toAuditFilters(EMPTY_AUDIT_FILTERS, 50, 0)).toEqual({
      action: undefined,
      mrn: undefined,
      actorContains: undefined,
      recordId: undefined,
      outcome: undefined,
      from: undefined,
      to: undefined,
      limit: 50,
      offset: 0,
    });
  });

  it('trims text and sends local times as UTC instants', () => {
    const filters = toAuditFilters(
      { ...EMPTY_AUDIT_FILTERS, actorContains: '  ada@ ', from: '2026-11-26T08:00' },
      50,
      100,
    );
    expect(filters.actorContains).toBe('ada@');
    expect(filters.from).toBe(new Date(2026, 10, 26, 8, 0).toISOString());
    expect(filters.offset).toBe(100);
  });
});
