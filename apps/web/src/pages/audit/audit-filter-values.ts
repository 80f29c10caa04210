import type { AuditFilters } from '../../api/audit.ts';
import { localInputToIso } from '../../components/format.ts';

/** The filter form as typed: times are `datetime-local` values in the reader's zone. */
export interface AuditFilterForm {
  action: string;
  mrn: string;
  actorContains: string;
  recordId: string;
  outcome: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterForm = {
  action: '',
  mrn: '',
  actorContains: '',
  recordId: '',
  outcome: '',
  from: '',
  to: '',
};

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The API query for a filter form: blanks left out, local times turned into UTC instants. */
export function toAuditFilters(form: AuditFilterForm, limit: number, offset: number): AuditFilters {
  return {
    action: optional(form.action),
    mrn: optional(form.mrn),
    actorContains: optional(form.actorContains),
    recordId: optional(form.recordId),
    outcome: optional(form.outcome),
    from: localInputToIso(form.from),
    to: localInputToIso(form.to),
    limit,
    offset,
  };
}
