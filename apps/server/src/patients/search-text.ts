/**
 * Folds text for matching: lower case, accents removed ("Müller" → "muller"), spaces collapsed.
 * Done in JavaScript so SQLite (ASCII-only lower()) and PostgreSQL match the same way.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function patientSearchText(p: {
  mrn: string;
  familyName: string;
  givenName: string;
}): string {
  return foldForSearch(`${p.mrn} ${p.familyName} ${p.givenName} ${p.givenName} ${p.familyName}`);
}

/** Escapes LIKE wildcards so a search for "50%" finds that text, not everything. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
