import type { FieldError } from '@openiort/contract';

/**
 * Characters no field of OpenIORT may hold: C0 and C1 controls other than tab, line feed and
 * carriage return (NUL among them, which PostgreSQL text cannot store), and the bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a
 * name or a reason display differently from what is stored (Unicode TR 36 §2.1, "Trojan Source").
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is refused, or undefined when it is acceptable. */
export function textProblem(text: string): string | undefined {
  if (!text.isWellFormed()) return 'contains an unpaired surrogate (not valid Unicode text)';
  const found = FORBIDDEN.exec(text)?.[0];
  if (found === undefined) return undefined;
  if (found === '\u0000') return 'contains a NUL character (U+0000), which no field may hold';
  if (/[\u202A-\u202E\u2066-\u2069]/u.test(found))
    return `contains a bidirectional-control character (${codePoint(found)}), which could make the text display differently from what is stored`;
  return `contains a control character (${codePoint(found)}); only tab and line breaks are allowed`;
}

const join = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

/**
 * A copy of an untrusted JSON-like value with every string in Unicode NFC (so that a name typed
 * on one keyboard finds the same name typed on another), or the field errors for strings that
 * cannot be accepted. Keys are checked too. Recursion is bounded by the body's depth limit.
 */
export function cleanUntrusted(value: unknown, path: string, errors: FieldError[]): unknown {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem !== undefined) {
      errors.push({ path: path === '' ? '(body)' : path, message: problem });
      return value;
    }
    return value.normalize('NFC');
  }
  if (Array.isArray(value))
    return value.map((item, i) => cleanUntrusted(item, join(path, String(i)), errors));
  if (typeof value === 'object' && value !== null) {
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem !== undefined) {
        errors.push({ path: join(path, '(key)'), message: `a field name ${keyProblem}` });
        continue;
      }
      entries.push([key, cleanUntrusted(item, join(path, key), errors)]);
    }
    // fromEntries defines own properties, so even a "__proto__" key stays plain data.
    return Object.fromEntries(entries);
  }
  return value;
}
