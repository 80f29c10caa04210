import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTERS } from './audit-filter-values.ts';
import { filtersFromSearch, offsetFromSearch, searchFromFilters } from './audit-url-filters.ts';

describe('audit filters in the address', () => {
  it('round-trips the filters and the offset, leaving blanks out', () => {
    const form = { ...EMPTY_AUDIT_FILTERS, mrn: 'GL-1', actorContains: 'rory' };
    const params = searchFromFilters(form, 50);
    expect(params.toString()).toBe('mrn=GL-1&actorContains=rory&offset=50');
    expect(filtersFromSearch(params)).toEqual(form);
    expect(offsetFromSearch(params)).toBe(50);
  });

  it('reads a missing or bad offset as 0', () => {
    expect(offsetFromSearch(new URLSearchParams('offset=-3'))).toBe(0);
    expect(offsetFromSearch(new URLSearchParams(''))).toBe(0);
  });
});
