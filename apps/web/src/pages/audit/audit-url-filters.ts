import { EMPTY_AUDIT_FILTERS, type AuditFilterForm } from './audit-filter-values.ts';

const FIELDS = Object.keys(EMPTY_AUDIT_FILTERS) as (keyof AuditFilterForm)[];

/** The filters kept in the page address, so a filtered view can be shared and survives reload. */
export function filtersFromSearch(params: URLSearchParams): AuditFilterForm {
  const form = { ...EMPTY_AUDIT_FILTERS };
  for (const field of FIELDS) form[field] = params.get(field) ?? '';
  return form;
}

/** The address query for a filter form and page offset: blanks and offset 0 left out. */
export function searchFromFilters(form: AuditFilterForm, offset: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = form[field].trim();
    if (value !== '') params.set(field, value);
  }
  if (offset > 0) params.set('offset', String(offset));
  return params;
}

/** The page offset in the address; anything but a whole number ≥ 0 reads as 0. */
export function offsetFromSearch(params: URLSearchParams): number {
  const offset = Number(params.get('offset') ?? '0');
  return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}
