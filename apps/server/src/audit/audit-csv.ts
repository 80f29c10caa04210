import type { AuditEntry } from '@openiort/contract';

/**
 * One CSV cell (RFC 4180 quoting). A cell that a spreadsheet would read as a formula (starting
 * with = + - @, tab or carriage return) gets a leading single quote first, as OWASP's "CSV
 * Injection" page advises.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

export const AUDIT_CSV_HEADER = [
  'seq',
  'at',
  'actor_email',
  'actor_role',
  'action',
  'outcome',
  'record_type',
  'record_id',
  'patient_mrn',
  'patient_name',
  'client_address',
  'detail',
  'before',
  'after',
  'hash',
];

function csvLine(e: AuditEntry): string {
  return [
    e.seq,
    e.at,
    e.actorEmail,
    e.actorRole,
    e.action,
    e.outcome,
    e.recordType,
    e.recordId,
    e.patient?.mrn ?? null,
    e.patient === null ? null : `${e.patient.familyName}, ${e.patient.givenName}`,
    e.clientAddress,
    json(e.detail),
    json(e.before),
    json(e.after),
    e.hash,
  ]
    .map(csvCell)
    .join(',');
}

/** The same CSV as a stream of text chunks: the header, then one chunk per batch of rows. */
export async function* auditCsvChunks(
  batches: AsyncIterable<readonly AuditEntry[]>,
): AsyncGenerator<string> {
  yield `${AUDIT_CSV_HEADER.join(',')}\r\n`;
  for await (const batch of batches) {
    yield batch.map((entry) => `${csvLine(entry)}\r\n`).join('');
  }
}
