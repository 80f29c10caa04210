/** One field of a before/after pair and whether it changed. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function shown(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'empty';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field-by-field comparison of an audit row's before and after objects, in the order the fields
 * first appear; null when neither side is an object (nothing to compare field by field).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] | null {
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  if (b === null && a === null) return null;
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields.map((field) => {
    const was = shown(b?.[field]);
    const now = shown(a?.[field]);
    return { field, before: was, after: now, changed: was !== now };
  });
}
